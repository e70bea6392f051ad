package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.cchc.model.jackson.CchcModule;
import io.github.cchc.model.text.PartialDate;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The header a reader finds in a document, written by a plain {@link JsonMapper} with {@link
 * CchcModule}, reads back equal: over generated plans laid out as seed-000 (number line, place and
 * date line, KẾ HOẠCH and its title, body, Nơi nhận, signature) with any number, issuer, place and
 * day, and over the real seed documents.
 */
class DocumentHeaderJsonTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new CchcModule()).build();
  private static final List<String> SYMBOLS = List.of("KH-SNgV", "KH-UBND", "KH-SNV", "KH-SNN");
  private static final List<String> PLACES = List.of("Bình Phước", "Tiền Giang", "Kiên Giang");
  private static final List<String> TITLES =
      List.of(
          "Thực hiện các chỉ tiêu phấn đấu nâng cao chỉ số cải cách hành chính năm 2024",
          "Cải cách hành chính Nhà nước năm 2025",
          "Kiểm soát thủ tục hành chính, thực hiện cơ chế một cửa, một cửa liên thông năm 2024");
  private static final List<String> SIGNERS =
      List.of("Phạm Thị Anh Thư", "Nguyễn Văn A", "Trần Thị Bích Ngọc");

  private static DocumentHeader roundTrip(DocumentHeader h) {
    try {
      return MAPPER.readValue(MAPPER.writeValueAsString(h), DocumentHeader.class);
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  private static String plan(int number, int pick, LocalDate date) {
    return "Số: "
        + number
        + "/"
        + SYMBOLS.get(pick % SYMBOLS.size())
        + "\n\n"
        + PLACES.get(pick % PLACES.size())
        + ", ngày "
        + String.format("%02d", date.getDayOfMonth())
        + " tháng "
        + String.format("%02d", date.getMonthValue())
        + " năm "
        + date.getYear()
        + "\n\nKẾ HOẠCH\n"
        + TITLES.get(pick % TITLES.size())
        + "\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n1. Mục đích\n\nNâng cao nhận thức của công chức về cải"
        + " cách hành chính.\n\nNơi nhận:\n\n- Sở Nội vụ;\n- Ban Giám đốc;\n- Lưu: VT.\n\n"
        + "GIÁM ĐỐC\n\n"
        + SIGNERS.get(pick % SIGNERS.size())
        + "\n";
  }

  @Test
  void headersReadFromGeneratedPlansReadBackEqual() {
    qt().forAll(
            integers().between(1, 9999),
            integers().between(0, 1000),
            integers().between(0, 365 * 10))
        .checkAssert(
            (number, pick, day) -> {
              LocalDate date = LocalDate.of(2015, 1, 1).plusDays(day);
              DocumentHeader h = DocumentHeader.read(plan(number, pick, date));
              assertThat(h.date()).contains(PartialDate.of(date));
              assertThat(h.numberSymbol())
                  .contains(
                      DocumentNumber.parse(number + "/" + SYMBOLS.get(pick % SYMBOLS.size())));
              assertThat(roundTrip(h)).isEqualTo(h);
            });
  }

  @Test
  void headersOfTheRealSeedsReadBackEqual() {
    for (String seed :
        List.of(Seeds.PLAN_24_KH_SNGV, Seeds.ARTICLE_BINH_PHUOC, Seeds.PLAN_SNN_NO_NUMBER)) {
      DocumentHeader h = DocumentHeader.read(Seeds.read(seed));
      assertThat(roundTrip(h)).as(seed).isEqualTo(h);
    }
  }
}

package io.github.cchc.model.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.cchc.model.document.DocumentNumber;
import io.github.cchc.model.document.DocumentType;
import io.github.cchc.model.dossier.Channel;
import io.github.cchc.model.dossier.Dossier;
import io.github.cchc.model.dossier.DossierStatus;
import io.github.cchc.model.dossier.OnlineLevel;
import io.github.cchc.model.dossier.OnlinePayment;
import io.github.cchc.model.dossier.Pause;
import io.github.cchc.model.plan.Plan;
import io.github.cchc.model.plan.PlanReader;
import io.github.cchc.model.quantity.Percentage;
import io.github.cchc.model.quantity.Ratio;
import io.github.cchc.model.text.PartialDate;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Every value type of cchc-model written by a plain {@link JsonMapper} with {@link CchcModule} and
 * read back is equal to itself: generated values for the quantities, dates, document numbers and
 * dossiers, and the plans of the real documents under test resources.
 */
class JsonRoundTripTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new CchcModule()).build();

  private static <T> T roundTrip(T value, Class<T> type) {
    try {
      return MAPPER.readValue(MAPPER.writeValueAsString(value), type);
    } catch (JsonProcessingException e) {
      throw new AssertionError(value + ": " + e.getMessage(), e);
    }
  }

  @Test
  void ratiosAndPercentages() {
    qt().forAll(
            longs().between(-1_000_000_000L, 1_000_000_000L), longs().between(1, 1_000_000_000L))
        .checkAssert(
            (n, d) -> {
              Ratio r = Ratio.of(n, d);
              assertThat(roundTrip(r, Ratio.class)).isEqualTo(r);
              Percentage p = Percentage.ofFraction(r);
              assertThat(roundTrip(p, Percentage.class)).isEqualTo(p);
            });
    qt().forAll(longs().between(-10_000_000L, 10_000_000L), integers().between(0, 6))
        .checkAssert(
            (unscaled, scale) -> {
              Percentage p = Percentage.of(BigDecimal.valueOf(unscaled, scale));
              assertThat(roundTrip(p, Percentage.class)).isEqualTo(p);
            });
  }

  @Test
  void partialDates() {
    qt().forAll(integers().between(1, 9999), integers().between(0, 12), integers().between(0, 31))
        .checkAssert(
            (year, month, day) -> {
              PartialDate date =
                  month == 0
                      ? PartialDate.ofYear(year)
                      : day == 0 || day > YearMonth.of(year, month).lengthOfMonth()
                          ? PartialDate.ofYearMonth(year, month)
                          : PartialDate.of(java.time.LocalDate.of(year, month, day));
              assertThat(roundTrip(date, PartialDate.class)).isEqualTo(date);
            });
  }

  private static final List<String> TYPES = List.of("KH", "QĐ", "BC", "CT", "NQ", "TB", "CTr", "");
  private static final List<String> ISSUERS =
      List.of("UBND", "SNV", "SNgV", "CP", "TTg", "BNV", "TU", "HĐND");

  @Test
  void documentNumbersAndTypes() {
    qt().forAll(
            integers().between(1, 99_999),
            integers().between(0, TYPES.size() - 1),
            integers().between(0, ISSUERS.size() - 1),
            booleans().all())
        .checkAssert(
            (n, t, i, unit) -> {
              String type = TYPES.get(t);
              String text =
                  n
                      + "/"
                      + (type.isEmpty() ? "" : type + "-")
                      + ISSUERS.get(i)
                      + (unit ? "-CCHC" : "");
              DocumentNumber number = DocumentNumber.parse(text);
              assertThat(roundTrip(number, DocumentNumber.class)).isEqualTo(number);
            });
    for (DocumentType type : DocumentType.values()) {
      assertThat(roundTrip(type, DocumentType.class)).isEqualTo(type);
    }
  }

  private static final LocalDateTime START = LocalDateTime.of(2020, 1, 1, 0, 0);

  private static Gen<LocalDateTime> times() {
    return longs().between(0, 7L * 365 * 24 * 60).map(m -> START.plusMinutes(m));
  }

  @Test
  void dossiers() {
    qt().forAll(
            times(),
            integers().between(0, 60 * 24 * 30),
            integers().between(-1, 60 * 24 * 40),
            integers().between(0, Channel.values().length * 4 - 1))
        .checkAssert(
            (received, dueAfter, finishedAfter, shape) -> {
              int channel = shape % Channel.values().length;
              int pauses = shape / Channel.values().length;
              var builder =
                  Dossier.builder()
                      .id("H10.01-" + received.toLocalDate() + "-" + dueAfter)
                      .procedureCode("1.00" + channel)
                      .procedureName("Cấp giấy phép xây dựng")
                      .agency("Sở Xây dựng tỉnh Bình Phước")
                      .channel(Channel.values()[channel])
                      .onlineLevel(OnlineLevel.values()[pauses % OnlineLevel.values().length])
                      .onlinePayment(OnlinePayment.values()[pauses % OnlinePayment.values().length])
                      .received(received)
                      .due(received.plusMinutes(dueAfter));
              if (finishedAfter >= 0) {
                builder
                    .finished(received.plusMinutes(finishedAfter))
                    .status(DossierStatus.FINISHED);
              }
              for (int p = 0; p < pauses; p++) {
                builder.addPause(
                    Pause.of(
                        received.plusHours(p * 10L),
                        p % 2 == 0 ? received.plusHours(p * 10L + 5) : null));
              }
              Dossier dossier = builder.build();
              assertThat(roundTrip(dossier, Dossier.class)).isEqualTo(dossier);
            });
  }

  @Test
  void optionalsAreWrittenAsTheirValueOrNull() throws Exception {
    assertThat(MAPPER.writeValueAsString(Optional.of(Ratio.of(1, 3)))).isEqualTo("\"1/3\"");
    assertThat(MAPPER.writeValueAsString(Optional.empty())).isEqualTo("null");
  }

  @Test
  void theDocumentedExampleWorks() throws Exception {
    // The example of CchcModule's Javadoc, as written there.
    JsonMapper mapper = JsonMapper.builder().addModule(new CchcModule()).build();
    String json = mapper.writeValueAsString(DocumentNumber.parse("24/KH-SNgV")); // "\"24/KH-SNgV\""
    DocumentNumber number = mapper.readValue(json, DocumentNumber.class);
    assertThat(json).isEqualTo("\"24/KH-SNgV\"");
    assertThat(number).isEqualTo(DocumentNumber.parse("24/KH-SNgV"));
  }

  @Test
  void plansOfRealDocuments() throws Exception {
    for (String name :
        List.of(
            "sample-kh-cchc-2024.docx",
            "seed-000-sngv-binh-phuoc-24-kh-2024.txt",
            "seed-001-binh-phuoc-cchc-2024-article.txt",
            "seed-002-snn-par-index-sipas-2024.txt",
            "seed-003-sngv-tien-giang-2021-article.txt",
            "seed-004-sngv-kien-giang-draft-2024.txt")) {
      Plan plan =
          PlanReader.read(Path.of(JsonRoundTripTest.class.getResource("/plans/" + name).toURI()));
      Plan back = roundTrip(plan, Plan.class);
      assertThat(back).as(name).isEqualTo(plan);
      assertThat(back.targets()).as(name).isEqualTo(plan.targets());
    }
  }
}

package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cchc.model.CchcParseException;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class DeadlineTest {
  @Test
  void formsOfThePlans() {
    assertThat(Deadline.parse("31/12/2024")).isEqualTo(Deadline.of(LocalDate.of(2024, 12, 31)));
    assertThat(Deadline.parse("Trước ngày 15/3/2024").date()).contains(LocalDate.of(2024, 3, 15));
    assertThat(Deadline.parse("ngày 22 tháng 02 năm 2024").date())
        .contains(LocalDate.of(2024, 2, 22));
    assertThat(Deadline.parse("Tháng 01/2024")).isEqualTo(Deadline.of(YearMonth.of(2024, 1)));
    assertThat(Deadline.parse("tháng 6 năm 2024").dueDate()).contains(LocalDate.of(2024, 6, 30));
    assertThat(Deadline.parse("Quý II/2024").dueDate()).contains(LocalDate.of(2024, 6, 30));
    assertThat(Deadline.parse("Quý IV năm 2024").quarter()).hasValue(4);
    assertThat(Deadline.parse("Quý III", 2024)).isEqualTo(Deadline.ofQuarter(2024, 3));
    assertThat(Deadline.parse("Năm 2024").dueDate()).contains(LocalDate.of(2024, 12, 31));
    assertThat(Deadline.parse("Trong năm 2024")).isEqualTo(Deadline.ofYear(2024));
    assertThat(Deadline.parse("Thường xuyên")).isEqualTo(Deadline.ongoing());
    assertThat(Deadline.parse("Hằng năm").kind()).isEqualTo(Deadline.Kind.ONGOING);
    assertThat(Deadline.parse("Trước ngày 15 hằng tháng")).isEqualTo(Deadline.monthly(15));
    assertThat(Deadline.parse("Trước ngày 15 hằng tháng").dayOfMonth()).hasValue(15);
    assertThat(Deadline.parse("Hàng tháng").kind()).isEqualTo(Deadline.Kind.MONTHLY);
    assertThat(Deadline.parse("Hằng quý").kind()).isEqualTo(Deadline.Kind.QUARTERLY);
    assertThat(Deadline.ongoing().dueDate()).isEmpty();
  }

  @Test
  void badDeadlinesAreTypedErrors() {
    assertThatThrownBy(() -> Deadline.parse("Theo tiến độ của Bộ Tài chính"))
        .isInstanceOf(CchcParseException.class);
    assertThatThrownBy(() -> Deadline.parse("31/02/2024"))
        .isInstanceOf(CchcParseException.class)
        .hasMessageContaining("not a valid date");
    assertThatThrownBy(() -> Deadline.parse("Tháng 6"))
        .isInstanceOf(CchcParseException.class)
        .hasMessageContaining("year expected");
    assertThatThrownBy(() -> Deadline.parse("")).isInstanceOf(CchcParseException.class);
  }

  @Test
  void textRoundTrips() throws Exception {
    ObjectMapper json = new ObjectMapper();
    qt().forAll(integers().between(1, 9999), integers().between(1, 12), integers().between(1, 28))
        .checkAssert(
            (y, m, d) -> {
              for (Deadline dl :
                  new Deadline[] {
                    Deadline.of(LocalDate.of(y, m, d)),
                    Deadline.of(YearMonth.of(y, m)),
                    Deadline.ofQuarter(y, (m - 1) / 3 + 1),
                    Deadline.ofYear(y),
                    Deadline.monthly(d)
                  }) {
                assertThat(Deadline.parse(dl.toString())).isEqualTo(dl);
                try {
                  assertThat(json.readValue(json.writeValueAsString(dl), Deadline.class))
                      .isEqualTo(dl);
                } catch (Exception e) {
                  throw new AssertionError(e);
                }
              }
            });
  }

  @Test
  void yearsOutsideOneToNineThousandNineHundredNinetyNineAreNotDeadlines() {
    assertThat(Deadline.parse("năm 0999")).isEqualTo(Deadline.ofYear(999));
    assertThat(Deadline.ofYear(999)).hasToString("năm 0999");
    assertThatThrownBy(() -> Deadline.parse("31/12/0000"))
        .isInstanceOf(CchcParseException.class)
        .hasMessageContaining("year 0 is not between 1 and 9999");
    assertThatThrownBy(() -> Deadline.ofYear(10_000))
        .isInstanceOf(java.time.DateTimeException.class);
  }

  @Test
  void reformAreasFromHeadings() {
    assertThat(ReformArea.find("II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH"))
        .contains(ReformArea.ADMINISTRATIVE_PROCEDURES);
    assertThat(ReformArea.find("Về cải cách thể chế")).contains(ReformArea.INSTITUTIONS);
    assertThat(ReformArea.find("Cải cách chế độ công vụ, công chức"))
        .contains(ReformArea.CIVIL_SERVICE);
    assertThat(ReformArea.find("Cải cách tài chính công")).contains(ReformArea.PUBLIC_FINANCE);
    assertThat(ReformArea.find("Cải cách tổ chức bộ máy hành chính nhà nước"))
        .contains(ReformArea.ORGANISATION);
    assertThat(ReformArea.find("Xây dựng và phát triển Chính phủ điện tử, Chính phủ số"))
        .contains(ReformArea.DIGITAL_GOVERNMENT);
    assertThat(ReformArea.find("Về công tác Chỉ đạo điều hành")).contains(ReformArea.DIRECTION);
    assertThat(ReformArea.find("Về hiện đại hóa hành chính"))
        .contains(ReformArea.DIGITAL_GOVERNMENT);
    assertThat(ReformArea.find("Kinh phí")).isEmpty();
  }
}

package io.github.cchc.model.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cchc.model.jackson.CchcModule;
import java.time.LocalDate;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class AdministrativeUnitsTest {
  private final AdministrativeUnits units = AdministrativeUnits.provinces();

  @Test
  void sixtyThreeBeforeThirtyFourAfter() {
    assertThat(units.validOn(LocalDate.of(2024, 12, 31))).hasSize(63);
    assertThat(units.validOn(LocalDate.of(2025, 6, 30))).hasSize(63);
    assertThat(units.validOn(LocalDate.of(2025, 7, 1))).hasSize(34);
    assertThat(units.validOn(LocalDate.of(2026, 6, 1))).hasSize(34);
    assertThat(units.validOn(LocalDate.of(2025, 7, 1)))
        .filteredOn(u -> u.name().startsWith("Thành phố"))
        .hasSize(6);
  }

  @Test
  void aNameIsKnownWhateverTheTimeOfItsUnitAndHowADocumentPrintsIt() {
    // ended with the 2025 merger, still printed by the documents of before it
    assertThat(units.hasName("Thừa Thiên Huế")).isTrue();
    assertThat(units.hasName("Tiền Giang")).isTrue();
    assertThat(units.hasName("Thành phố Hồ Chí Minh")).isTrue();
    assertThat(units.hasName("TỈNH  BÌNH PHƯỚC")).isTrue();
    // the part of a name a wrapped date line leaves
    assertThat(units.hasName("Thiên Huế")).isFalse();
    assertThat(units.hasName("Chí Minh")).isFalse();
  }

  @Test
  void aBinhPhuocPlanOf2024LinesUpWithDongNaiDataOf2026() {
    AdministrativeUnit bp = units.findByName("tỉnh Bình Phước", LocalDate.of(2024, 2, 22)).get();
    assertThat(bp.id()).isEqualTo("binh-phuoc");
    assertThat(units.successorOn("binh-phuoc", LocalDate.of(2024, 2, 22))).isEqualTo(bp);
    assertThat(units.successorOn("binh-phuoc", LocalDate.of(2025, 7, 1)).name())
        .isEqualTo("Tỉnh Đồng Nai");
    assertThat(units.successorOn("binh-phuoc", LocalDate.of(2026, 6, 1)).name())
        .isEqualTo("Thành phố Đồng Nai");
    Agency sngv = Agency.builder().name("Sở Ngoại vụ tỉnh Bình Phước").unit("binh-phuoc").build();
    assertThat(sngv.unitOn(LocalDate.of(2026, 6, 1), units).id()).isEqualTo("tp-dong-nai");
    assertThat(units.predecessors("dong-nai-2025"))
        .extracting(AdministrativeUnit::id)
        .containsExactly("dong-nai", "binh-phuoc");
  }

  @Test
  void seedProvincesOfDomainSection9() {
    LocalDate after = LocalDate.of(2025, 8, 1);
    assertThat(units.successorOn("kien-giang", after).name()).isEqualTo("Tỉnh An Giang");
    assertThat(units.successorOn("tien-giang", after).name()).isEqualTo("Tỉnh Đồng Tháp");
    assertThat(units.findByName("Tiền Giang", after)).isEmpty();
    assertThat(units.findByName("Hà Nội", after).get().id()).isEqualTo("ha-noi");
    assertThat(units.get("binh-phuoc").confidence()).isEqualTo("S");
    assertThat(units.get("binh-phuoc").source()).contains("202/2025/QH15");
  }

  @Test
  void everyEndedUnitHasASuccessorValidTheNextDay() {
    for (AdministrativeUnit u : units.all()) {
      if (u.validTo().isPresent()) {
        LocalDate next = u.validTo().get().plusDays(1);
        assertThat(units.get(u.successor().orElseThrow()).isValidOn(next)).as(u.id()).isTrue();
      }
    }
  }

  @Test
  void unknownAndTooEarlyAreErrors() {
    assertThatThrownBy(() -> units.get("atlantis")).isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(() -> units.successorOn("tp-dong-nai", LocalDate.of(2024, 1, 1)))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("did not exist yet");
  }

  @Test
  void unitsRoundTripThroughJson() throws Exception {
    ObjectMapper json = new ObjectMapper().registerModule(new CchcModule());
    AdministrativeUnit u = units.get("dong-nai-2025");
    String text = json.writeValueAsString(u);
    assertThat(text).contains("\"validFrom\":\"2025-07-01\"");
    assertThat(json.readValue(text, AdministrativeUnit.class)).isEqualTo(u);
  }
}

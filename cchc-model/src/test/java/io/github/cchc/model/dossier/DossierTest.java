package io.github.cchc.model.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.cchc.model.CchcParseException;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class DossierTest {
  private static final LocalDateTime RECEIVED = LocalDateTime.of(2024, 1, 5, 8, 30);

  private static DossierBuilder base() {
    return Dossier.builder()
        .id("H10.01-240105-0001")
        .procedureCode("1.001234")
        .procedureName("Cấp giấy phép xây dựng")
        .agency("Sở Xây dựng")
        .channel(Channel.ONLINE)
        .onlineLevel(OnlineLevel.FULL)
        .received(RECEIVED)
        .due(LocalDateTime.of(2024, 1, 19, 17, 0));
  }

  @Test
  void timingFollowsTheDayOfTheAppointment() {
    assertThat(
            base()
                .finished(LocalDateTime.of(2024, 1, 18, 23, 0))
                .build()
                .has(DossierFlag.FINISHED_EARLY))
        .isTrue();
    Dossier sameDayAfterHours = base().finished(LocalDateTime.of(2024, 1, 19, 20, 0)).build();
    assertThat(sameDayAfterHours.has(DossierFlag.FINISHED_ON_TIME)).isTrue();
    Dossier late = base().finished(LocalDateTime.of(2024, 1, 20, 8, 0)).build();
    assertThat(late.has(DossierFlag.FINISHED_LATE)).isTrue();
    assertThat(late.status()).isEqualTo(DossierStatus.FINISHED);
    assertThat(late.has(DossierFlag.FULLY_ONLINE)).isTrue();
    assertThat(late.has(DossierFlag.ONLINE)).isTrue();
    assertThat(late.has(DossierFlag.DIRECT)).isFalse();
  }

  @Test
  void nationalRuleSubtractsSupplementTimeAndCountsTwoRequestsLate() {
    Dossier oneSupplement =
        base()
            .finished(LocalDateTime.of(2024, 1, 22, 10, 0))
            .addPause(
                Pause.of(LocalDateTime.of(2024, 1, 8, 8, 0), LocalDateTime.of(2024, 1, 11, 8, 0)))
            .build();
    assertThat(oneSupplement.has(DossierFlag.FINISHED_LATE)).isTrue();
    assertThat(oneSupplement.has(DossierFlag.NATIONAL_IN_TIME)).isTrue();
    Dossier twoSupplements =
        base()
            .finished(LocalDateTime.of(2024, 1, 10, 10, 0))
            .addPause(
                Pause.of(LocalDateTime.of(2024, 1, 6, 8, 0), LocalDateTime.of(2024, 1, 6, 9, 0)))
            .addPause(
                Pause.of(LocalDateTime.of(2024, 1, 7, 8, 0), LocalDateTime.of(2024, 1, 7, 9, 0)))
            .build();
    assertThat(twoSupplements.has(DossierFlag.FINISHED_EARLY)).isTrue();
    assertThat(twoSupplements.has(DossierFlag.MULTIPLE_SUPPLEMENT_REQUESTS)).isTrue();
    assertThat(twoSupplements.has(DossierFlag.NATIONAL_IN_TIME)).isFalse();
    Dossier waiting = base().addPause(Pause.of(LocalDateTime.of(2024, 1, 9, 8, 0), null)).build();
    assertThat(waiting.has(DossierFlag.OPEN)).isTrue();
    assertThat(waiting.has(DossierFlag.WAITING_FOR_SUPPLEMENT)).isTrue();
    assertThat(waiting.has(DossierFlag.NATIONAL_IN_TIME)).isTrue();
    Dossier withdrawn =
        base()
            .status(DossierStatus.WITHDRAWN)
            .finished(LocalDateTime.of(2024, 1, 25, 8, 0))
            .build();
    assertThat(withdrawn.has(DossierFlag.WITHDRAWN)).isTrue();
    assertThat(withdrawn.has(DossierFlag.FINISHED)).isFalse();
    assertThat(withdrawn.has(DossierFlag.NATIONAL_IN_TIME)).isFalse();
  }

  @Test
  void contradictionsAreRejectedWithFieldAndReason() {
    assertThatThrownBy(() -> base().finished(LocalDateTime.of(2024, 1, 1, 8, 0)).build())
        .isInstanceOfSatisfying(
            InvalidDossierException.class,
            e -> {
              assertThat(e.field()).isEqualTo("finished");
              assertThat(e.dossierId()).isEqualTo("H10.01-240105-0001");
              assertThat(e.reason()).contains("before received");
            });
    assertThatThrownBy(() -> base().due(RECEIVED.minusDays(1)).build())
        .isInstanceOf(InvalidDossierException.class)
        .hasMessageContaining("due");
    assertThatThrownBy(() -> base().status(DossierStatus.REFUSED).build())
        .isInstanceOf(InvalidDossierException.class)
        .hasMessageContaining("needs the time it ended");
    assertThatThrownBy(
            () ->
                base()
                    .status(DossierStatus.IN_PROGRESS)
                    .finished(LocalDateTime.of(2024, 1, 18, 8, 0))
                    .build())
        .isInstanceOf(InvalidDossierException.class);
    assertThatThrownBy(() -> base().returned(LocalDateTime.of(2024, 1, 18, 8, 0)).build())
        .hasMessageContaining("returned");
    assertThatThrownBy(() -> Pause.of(RECEIVED, RECEIVED.minusHours(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void jsonRoundTripWithTheExportsKeys() throws Exception {
    ObjectMapper m =
        new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(new Jdk8Module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    Dossier d =
        base()
            .finished(LocalDateTime.of(2024, 1, 18, 10, 0))
            .onlinePayment(OnlinePayment.YES)
            .addPause(
                Pause.of(LocalDateTime.of(2024, 1, 8, 8, 0), LocalDateTime.of(2024, 1, 9, 8, 0)))
            .build();
    String json = m.writeValueAsString(d);
    assertThat(json)
        .contains("\"dossier_id\":\"H10.01-240105-0001\"")
        .doesNotContain("flagBits")
        .doesNotContain("EpochDay");
    Dossier back = m.readValue(json, Dossier.class);
    assertThat(back).isEqualTo(d);
    assertThat(back.flagBits()).isEqualTo(d.flagBits());
  }

  @Test
  void vocabularyParsesVietnameseAndEnglish() {
    assertThat(Channel.parse("Bưu chính công ích")).isEqualTo(Channel.POSTAL);
    assertThat(Channel.parse(" trực TUYẾN ")).isEqualTo(Channel.ONLINE);
    assertThat(Channel.parse("Tru\u031B\u0323c tie\u0302\u0301p")).isEqualTo(Channel.DIRECT);
    assertThat(OnlineLevel.parse("Toàn trình")).isEqualTo(OnlineLevel.FULL);
    assertThat(OnlineLevel.parse("Mức độ 3")).isEqualTo(OnlineLevel.PARTIAL);
    assertThat(OnlineLevel.parse("")).isEqualTo(OnlineLevel.NONE);
    assertThat(OnlinePayment.parse("Không áp dụng")).isEqualTo(OnlinePayment.NOT_APPLICABLE);
    assertThat(OnlinePayment.parse("NA")).isEqualTo(OnlinePayment.NOT_APPLICABLE);
    assertThat(DossierStatus.parse("Đã trả kết quả")).isEqualTo(DossierStatus.FINISHED);
    assertThat(Channel.POSTAL.vietnamese()).isEqualTo("Bưu chính công ích");
    assertThatThrownBy(() -> Channel.parse("Fax"))
        .isInstanceOf(CchcParseException.class)
        .hasMessageContaining("unknown channel");
  }
}

package io.github.cchc.indicators.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cchc.model.dossier.Channel;
import io.github.cchc.model.dossier.Dossier;
import io.github.cchc.model.dossier.DossierFlag;
import io.github.cchc.model.dossier.DossierStatus;
import io.github.cchc.model.dossier.OnlineLevel;
import io.github.cchc.model.dossier.OnlinePayment;
import java.io.ByteArrayInputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DossierReaderTest {
  static Path resource(String name) {
    try {
      return Path.of(DossierReaderTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private final List<Dossier> dossiers = new ArrayList<>();

  @Test
  void vietnameseSemicolonBomExportKeepsGoodRowsAndReportsEachBadOne() {
    ReadReport r =
        DossierReader.defaults()
            .read(resource("ho-so-tieng-viet-cham-phay-bom-co-dong-loi.csv"), dossiers::add);

    assertThat(r.rowsRead()).isEqualTo(9);
    assertThat(r.accepted()).isEqualTo(5);
    assertThat(r.rejectedCount()).isEqualTo(4);
    assertThat(r.rowsRead()).isEqualTo(r.accepted() + r.rejectedCount());
    assertThat(r.summary()).isEqualTo("read 9 rows: 5 accepted, 4 rejected");
    assertThat(r.rejected()).extracting(RejectedRow::line).containsExactly(6L, 7L, 8L, 9L);
    assertThat(r.rejected().get(0).column()).hasValue("Ngày tiếp nhận");
    assertThat(r.rejected().get(0).reason()).contains("31/02/2024 08:00");
    assertThat(r.rejected().get(1).column()).hasValue("Ngày có kết quả");
    assertThat(r.rejected().get(1).reason()).contains("before received");
    assertThat(r.rejected().get(2).reason()).startsWith("duplicate id");
    assertThat(r.rejected().get(3).describe())
        .isEqualTo("line 9: Hình thức nộp: unknown channel \"Fax\"");
    assertThat(r.rejected().get(3).file())
        .isEqualTo("ho-so-tieng-viet-cham-phay-bom-co-dong-loi.csv");

    Dossier first = dossiers.get(0);
    assertThat(first.id()).isEqualTo("H10.01-240105-0001");
    assertThat(first.agency()).isEqualTo("Sở Xây dựng");
    assertThat(first.channel()).isEqualTo(Channel.ONLINE);
    assertThat(first.onlineLevel()).isEqualTo(OnlineLevel.FULL);
    assertThat(first.received()).isEqualTo(LocalDateTime.of(2024, 1, 5, 8, 30));
    assertThat(first.onlinePayment()).isEqualTo(OnlinePayment.YES);
    assertThat(first.has(DossierFlag.FINISHED_EARLY)).isTrue();
    assertThat(dossiers.get(4).procedureName()).isEqualTo("Cấp lại giấy phép xây dựng; điều chỉnh");
    assertThat(dossiers.get(2).channel()).isEqualTo(Channel.POSTAL);
  }

  @Test
  void englishCommaExportWithIsoDatesPausesAndStatuses() {
    ReadReport r =
        DossierReader.defaults().read(resource("dossiers-english-comma-no-bom.csv"), dossiers::add);
    assertThat(r.summary()).isEqualTo("read 6 rows: 6 accepted, 0 rejected");
    assertThat(dossiers.get(1).pauses()).hasSize(1);
    assertThat(dossiers.get(2).status()).isEqualTo(DossierStatus.WITHDRAWN);
    assertThat(dossiers.get(4).has(DossierFlag.WAITING_FOR_SUPPLEMENT)).isTrue();
    assertThat(dossiers.get(5).supplementRequests()).isEqualTo(2);
    assertThat(dossiers.get(0).inputDigitised()).isTrue();
  }

  @Test
  void jsonLinesWithEitherKeysOffsetsAndBadLines() {
    ReadReport r =
        DossierReader.defaults().read(resource("dossiers-json-lines.jsonl"), dossiers::add);
    assertThat(r.summary()).isEqualTo("read 5 rows: 3 accepted, 2 rejected");
    assertThat(r.rejected()).extracting(RejectedRow::line).containsExactly(3L, 4L);
    assertThat(r.rejected().get(0).reason()).startsWith("malformed JSON");
    assertThat(r.rejected().get(1).column()).hasValue("due_at");
    Dossier second = dossiers.get(1);
    assertThat(second.received()).isEqualTo(LocalDateTime.of(2024, 1, 6, 9, 0));
    assertThat(second.finished()).hasValue(LocalDateTime.of(2024, 1, 22, 16, 0));
    assertThat(second.pauses()).hasSize(1);
    assertThat(dossiers.get(0).resultDigitised()).isTrue();
  }

  @Test
  void aMappingFileReadsAnotherSystemsHeadersAndWords() throws Exception {
    ColumnMapping m = ColumnMapping.load(resource("anh-xa-cot-he-thong-khac.properties"));
    ReadReport r =
        DossierReader.defaults()
            .withMapping(m)
            .read(resource("he-thong-khac-anh-xa-cot.csv"), dossiers::add);
    assertThat(r.summary()).isEqualTo("read 2 rows: 2 accepted, 0 rejected");
    assertThat(dossiers)
        .extracting(Dossier::channel)
        .containsExactly(Channel.ONLINE, Channel.DIRECT);
    assertThat(dossiers.get(0).agency()).isEqualTo("Phòng Quản lý đô thị");
  }

  @Test
  void withoutTheMappingTheSameFileIsRejectedForItsMissingColumns() {
    assertThatThrownBy(
            () ->
                DossierReader.defaults()
                    .read(resource("he-thong-khac-anh-xa-cot.csv"), dossiers::add))
        .isInstanceOf(DossierReadException.class)
        .hasMessageContaining("he-thong-khac-anh-xa-cot.csv:1: missing columns")
        .hasMessageContaining("Mã hồ sơ / dossier_id");
  }

  @Test
  void strictModeStopsAtTheFirstRejectedRow() {
    assertThatThrownBy(
            () ->
                DossierReader.defaults()
                    .strict()
                    .read(
                        resource("ho-so-tieng-viet-cham-phay-bom-co-dong-loi.csv"), dossiers::add))
        .isInstanceOf(DossierReadException.class)
        .hasMessageContaining(":6: Ngày tiếp nhận");
    assertThat(dossiers).hasSize(4);
  }

  @Test
  void aFailureOfTheConsumerReachesTheCallerUnchanged() {
    IllegalStateException boom = new IllegalStateException("database down");
    assertThatThrownBy(
            () ->
                DossierReader.defaults()
                    .read(
                        resource("dossiers-english-comma-no-bom.csv"),
                        d -> {
                          throw boom;
                        }))
        .isSameAs(boom);
  }

  @Test
  void unknownAgenciesAreRejectedWhenTheKnownOnesAreGiven() {
    ReadReport r =
        DossierReader.defaults()
            .withKnownAgencies(Set.of("Sở Xây dựng"))
            .read(resource("dossiers-english-comma-no-bom.csv"), dossiers::add);
    assertThat(r.summary()).isEqualTo("read 6 rows: 2 accepted, 4 rejected");
    assertThat(r.rejected().get(0).reason()).isEqualTo("unknown agency \"Sở Tư pháp\"");
  }

  @Test
  void decomposedVietnameseIsNormalisedToNfc() {
    String decomposed = "So\u031B\u0309 Xa\u0302y du\u031B\u0323ng"; // "Sở Xây dựng", NFD
    String csv =
        "dossier_id,procedure_code,agency,channel,received_at,due_at\n"
            + "A-1,1.001234,"
            + decomposed
            + ",DIRECT,01/03/2024 08:00,15/03/2024 17:00\n";
    ReadReport r =
        DossierReader.defaults()
            .readCsv(
                "nfd.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                dossiers::add);
    assertThat(r.accepted()).isEqualTo(1);
    assertThat(dossiers.get(0).agency()).isEqualTo("Sở Xây dựng");
  }

  @Test
  void wrongFieldCountsAndInvalidUtf8() {
    String csv =
        "dossier_id;procedure_code;agency;channel;received_at;due_at\n"
            + "A-1;1.001234;Sở Tư pháp;DIRECT;01/03/2024 08:00\n"
            + "A-2;1.001234;Sở Tư pháp;DIRECT;01/03/2024 08:00;15/03/2024 17:00;extra\n";
    ReadReport r =
        DossierReader.defaults()
            .readCsv(
                "n.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                dossiers::add);
    assertThat(r.rejected())
        .extracting(RejectedRow::describe)
        .containsExactly(
            "line 2: expected 6 fields, found 5", "line 3: expected 6 fields, found 7");
    byte[] latin1 = "dossier_id;agency\nA;S\u1edf".getBytes(StandardCharsets.ISO_8859_1);
    latin1[latin1.length - 1] = (byte) 0xE9;
    assertThatThrownBy(
            () ->
                DossierReader.defaults()
                    .readCsv("latin1.csv", new ByteArrayInputStream(latin1), dossiers::add))
        .isInstanceOf(DossierReadException.class);
  }

  @Test
  void separatorIsTheOneUsedMoreOutsideQuotes() {
    assertThat(DossierReader.separator("a;b;\"c,d,e\"")).isEqualTo(';');
    assertThat(DossierReader.separator("a,b,c")).isEqualTo(',');
  }

  @Test
  void datesInEveryAcceptedForm() {
    assertThat(DateTimes.parse("05/01/2024 08:30")).isEqualTo(LocalDateTime.of(2024, 1, 5, 8, 30));
    assertThat(DateTimes.parse("5/1/2024 8:30")).isEqualTo(LocalDateTime.of(2024, 1, 5, 8, 30));
    assertThat(DateTimes.parse("05/01/2024")).isEqualTo(LocalDateTime.of(2024, 1, 5, 0, 0));
    assertThat(DateTimes.parse("05/01/2024 08:30:15"))
        .isEqualTo(LocalDateTime.of(2024, 1, 5, 8, 30, 15));
    assertThat(DateTimes.parse("2024-01-05 08:30")).isEqualTo(LocalDateTime.of(2024, 1, 5, 8, 30));
    assertThat(DateTimes.parse("2024-01-05T01:30:00Z"))
        .isEqualTo(LocalDateTime.of(2024, 1, 5, 8, 30));
    assertThat(DateTimes.parse("2024-01-05")).isEqualTo(LocalDateTime.of(2024, 1, 5, 0, 0));
    for (String bad : new String[] {"05-01-2024", "5/1/24 8:30", "05/01/2024 8h30", "hôm qua"}) {
      assertThatThrownBy(() -> DateTimes.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(bad);
    }
    assertThatThrownBy(() -> DateTimes.parse("31/02/2024 08:00"))
        .hasMessageContaining("invalid date");
  }

  @Test
  void idSetFindsDuplicatesAndGrows() {
    IdSet ids = new IdSet();
    for (int i = 0; i < 20_000; i++) {
      assertThat(ids.add("H10-" + i)).isTrue();
    }
    assertThat(ids.add("H10-12345")).isFalse();
    assertThat(ids.add("H10-20000")).isTrue();
  }
}

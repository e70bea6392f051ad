package io.github.cchc.indicators.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.cchc.model.jackson.CchcModule;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a reader read and rejected, written by a plain {@link JsonMapper} with {@link CchcModule},
 * reads back equal: over generated counts and rejected rows (with and without a sheet or a column),
 * and on a real read with rejected rows.
 */
class ReadReportJsonTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new CchcModule()).build();
  private static final String[] FILES = {"ho-so-2024.csv", "Hồ sơ quý I.xlsx", "query", "a\"b\\c"};
  private static final String[] COLUMNS = {
    null, "Ngày có kết quả", "Hình thức nộp", "Mã hồ sơ", "received_at"
  };
  private static final String[] REASONS = {
    "unknown channel \"Fax\"",
    "finished (2024-02-28T11:57) before received (2024-03-01T22:12)",
    "duplicate id \"H10.08-240329-0062\"",
    "malformed date \"12/03/2024 8h30\": dd/MM/yyyy HH:mm or ISO-8601 expected"
  };

  private static ReadReport roundTrip(ReadReport r) {
    try {
      String json = MAPPER.writeValueAsString(r);
      ReadReport back = MAPPER.readValue(json, ReadReport.class);
      assertThat(back).as(json).isEqualTo(r);
      assertThat(back.rowsRead()).isEqualTo(r.rowsRead());
      return back;
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void generatedReportsReadBackEqual() {
    qt().forAll(
            longs().between(0, 10_000_000L),
            integers().between(0, 30),
            longs().between(0, 1000),
            integers().between(0, Integer.MAX_VALUE))
        .checkAssert(
            (accepted, listed, more, seed) -> {
              List<RejectedRow> rows = new ArrayList<>();
              for (int i = 0; i < listed; i++) {
                int k = seed + i * 7;
                String file = FILES[Math.floorMod(k, FILES.length)];
                String column = COLUMNS[Math.floorMod(k, COLUMNS.length)];
                String reason = REASONS[Math.floorMod(k / 3, REASONS.length)];
                rows.add(
                    k % 2 == 0
                        ? new RejectedRow(file, 2L + i, column, reason)
                        : new RejectedRow(file, "Danh sách hồ sơ", 2L + i, column, reason));
              }
              roundTrip(
                  new ReadReport(FILES[Math.floorMod(seed, 4)], accepted, listed + more, rows));
            });
  }

  @Test
  void aRealReadWithRejectedRowsReadsBackEqual() throws JsonProcessingException {
    String csv =
        "dossier_id,procedure_code,agency,channel,received_at,due_at,finished_at,status\n"
            + "H1,1.001,Sở Tư pháp,ONLINE,2024-01-05T08:30,2024-01-19T17:00,"
            + "2024-01-18T10:00,FINISHED\n"
            + "H2,1.001,Sở Tư pháp,Fax,2024-01-05T08:30,2024-01-19T17:00,,IN_PROGRESS\n"
            + "H1,1.001,Sở Tư pháp,DIRECT,2024-01-06T08:30,2024-01-20T17:00,,IN_PROGRESS\n";
    ReadReport r =
        DossierReader.defaults()
            .readCsv(
                "ho-so.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                d -> {});
    assertThat(r.rejectedCount()).isEqualTo(2);
    ReadReport back = roundTrip(r);
    assertThat(back.rejected().get(0).describe()).isEqualTo(r.rejected().get(0).describe());
    assertThat(MAPPER.writeValueAsString(r))
        .startsWith("{\"file\":\"ho-so.csv\",\"rowsRead\":3,\"accepted\":1,\"rejectedCount\":2,");
  }

  @Test
  void countsThatDoNotAddUpAreRefused() {
    assertThatThrownBy(
            () ->
                MAPPER.readValue(
                    "{\"file\":\"x.csv\",\"rowsRead\":5,\"accepted\":1,\"rejectedCount\":2}",
                    ReadReport.class))
        .isInstanceOf(ValueInstantiationException.class)
        .hasMessageContaining("rowsRead 5 is not accepted + rejectedCount (3)");
  }
}

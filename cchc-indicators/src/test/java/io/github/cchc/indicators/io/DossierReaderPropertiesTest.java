package io.github.cchc.indicators.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.cchc.indicators.tally.Dossiers;
import io.github.cchc.model.dossier.Dossier;
import io.github.cchc.model.dossier.Pause;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Dossiers written as an export in any accepted shape — Vietnamese or English headers and words,
 * {@code ;} or {@code ,}, with or without BOM, quoted or padded fields, either date form — read
 * back equal; bad rows in between are rejected one by one and never change the good ones.
 */
class DossierReaderPropertiesTest {
  private static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
  private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

  @Test
  void csvWrittenInAnyAcceptedShapeReadsBackEqual() {
    qt().forAll(lists().of(integers().all()).ofSizeBetween(0, 60), integers().all())
        .checkAssert(
            (seeds, style) -> {
              List<Dossier> written = Dossiers.of(seeds);
              Random r = new Random(style);
              byte[] csv = csv(written, r, 0, r.nextBoolean());
              List<Dossier> read = new ArrayList<>();
              ReadReport report =
                  DossierReader.defaults()
                      .withDuplicateCheck(false)
                      .readCsv("p.csv", new ByteArrayInputStream(csv), read::add);
              assertThat(report.rejectedCount()).isZero();
              assertThat(read).isEqualTo(written);
            });
  }

  @Test
  void badRowsAreRejectedEachWithItsLineAndTheGoodOnesStayEqual() {
    qt().forAll(lists().of(integers().all()).ofSizeBetween(1, 40), integers().all())
        .checkAssert(
            (seeds, style) -> {
              List<Dossier> written = Dossiers.of(seeds);
              Random r = new Random(style);
              int every = 2 + r.nextInt(4);
              boolean vietnamese = r.nextBoolean();
              byte[] csv = csv(written, r, every, vietnamese);
              List<Dossier> read = new ArrayList<>();
              ReadReport report =
                  DossierReader.defaults()
                      .withDuplicateCheck(false)
                      .readCsv("p.csv", new ByteArrayInputStream(csv), read::add);
              int bad = (written.size() - 1) / every;
              assertThat(read).isEqualTo(written);
              assertThat(report.rejectedCount()).isEqualTo(bad);
              assertThat(report.accepted() + report.rejectedCount())
                  .isEqualTo(written.size() + bad);
              for (int k = 0; k < report.rejected().size(); k++) {
                RejectedRow row = report.rejected().get(k);
                assertThat(row.line()).isEqualTo(1 + (long) (k + 1) * every + k + 1);
                assertThat(row.column()).hasValue(vietnamese ? "Ngày tiếp nhận" : "received_at");
                assertThat(row.reason()).contains("31/02/2024");
              }
            });
  }

  @Test
  void jsonLinesReadBackEqual() {
    qt().forAll(lists().of(integers().all()).ofSizeBetween(0, 40))
        .checkAssert(
            seeds -> {
              List<Dossier> written = Dossiers.of(seeds);
              StringBuilder sb = new StringBuilder();
              for (Dossier d : written) {
                sb.append("{\"dossier_id\":\"").append(d.id()).append('"');
                sb.append(",\"procedure_code\":\"").append(d.procedureCode()).append('"');
                sb.append(",\"agency\":\"").append(d.agency()).append('"');
                sb.append(",\"channel\":\"").append(d.channel().name()).append('"');
                sb.append(",\"online_level\":\"").append(d.onlineLevel().name()).append('"');
                sb.append(",\"received_at\":\"").append(ISO.format(d.received())).append('"');
                sb.append(",\"due_at\":\"").append(ISO.format(d.due())).append('"');
                d.finished()
                    .ifPresent(
                        f -> sb.append(",\"finished_at\":\"").append(ISO.format(f)).append('"'));
                sb.append(",\"status\":\"").append(d.status().name()).append('"');
                sb.append(",\"pauses\":\"").append(pauses(d, ISO)).append('"');
                sb.append(",\"online_payment\":\"").append(d.onlinePayment().name()).append('"');
                sb.append(",\"input_digitised\":").append(d.inputDigitised());
                sb.append(",\"result_digitised\":").append(d.resultDigitised());
                sb.append("}\n");
              }
              List<Dossier> read = new ArrayList<>();
              ReadReport report =
                  DossierReader.defaults()
                      .withDuplicateCheck(false)
                      .readJsonLines(
                          "p.jsonl",
                          new ByteArrayInputStream(sb.toString().getBytes(StandardCharsets.UTF_8)),
                          read::add);
              assertThat(report.rejectedCount()).isZero();
              assertThat(read).isEqualTo(written);
            });
  }

  /**
   * Writes the dossiers with Vietnamese or English headers and words, in a shape chosen by {@code
   * r}; with {@code badEvery > 0}, a row with a malformed receipt date after every {@code
   * badEvery}-th dossier.
   */
  static byte[] csv(List<Dossier> ds, Random r, int badEvery, boolean vietnamese) {
    char sep = r.nextBoolean() ? ';' : ',';
    boolean isoDates = r.nextInt(3) == 0;
    DateTimeFormatter dates = isoDates ? ISO : VN;
    StringBuilder sb = new StringBuilder();
    if (r.nextBoolean()) {
      sb.append('\uFEFF');
    }
    List<String> header = new ArrayList<>();
    for (DossierField f : DossierField.values()) {
      header.add(vietnamese ? f.vietnameseHeader() : f.englishHeader());
    }
    header.add(2, "Ghi chú"); // an unknown column, ignored
    line(sb, header, sep, r);
    int bad = 0;
    for (int i = 0; i < ds.size(); i++) {
      Dossier d = ds.get(i);
      List<String> row = new ArrayList<>();
      row.add(d.id());
      row.add(d.procedureCode());
      row.add("ghi chú " + i);
      row.add(d.procedureName());
      row.add(d.agency());
      row.add(vietnamese ? d.channel().vietnamese() : d.channel().name());
      row.add(vietnamese ? d.onlineLevel().vietnamese() : d.onlineLevel().name());
      row.add(dates.format(d.received()));
      row.add(dates.format(d.due()));
      row.add(d.finished().map(dates::format).orElse(""));
      row.add(d.returned().map(dates::format).orElse(""));
      row.add(vietnamese ? d.status().vietnamese() : d.status().name());
      row.add(pauses(d, dates));
      row.add(vietnamese ? d.onlinePayment().vietnamese() : d.onlinePayment().name());
      row.add(yesNo(d.inputDigitised(), vietnamese));
      row.add(yesNo(d.resultDigitised(), vietnamese));
      line(sb, row, sep, r);
      if (badEvery > 0 && (i + 1) % badEvery == 0 && i + 1 < ds.size()) {
        List<String> broken = new ArrayList<>(row);
        broken.set(0, d.id() + "-bad" + bad++);
        broken.set(7, "31/02/2024 08:00");
        line(sb, broken, sep, r);
      }
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String yesNo(boolean b, boolean vietnamese) {
    return vietnamese ? (b ? "Có" : "Không") : (b ? "YES" : "NO");
  }

  private static String pauses(Dossier d, DateTimeFormatter dates) {
    List<String> parts = new ArrayList<>();
    for (Pause p : d.pauses()) {
      parts.add(dates.format(p.start()) + " - " + p.end().map(dates::format).orElse(""));
    }
    return String.join("|", parts);
  }

  private static void line(StringBuilder sb, List<String> fields, char sep, Random r) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        sb.append(sep);
      }
      String f = fields.get(i);
      String padded = r.nextInt(8) == 0 ? "  " + f + " " : f;
      if (r.nextInt(4) == 0 || padded.indexOf(sep) >= 0 || padded.indexOf('"') >= 0) {
        sb.append('"').append(padded.replace("\"", "\"\"")).append('"');
      } else {
        sb.append(padded);
      }
    }
    sb.append(r.nextBoolean() ? "\r\n" : "\n");
  }
}

package io.github.cchc.indicators.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cchc.model.dossier.Dossier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading record by record gives the dossiers and rejected rows of reading the file. */
class DossierLineReaderTest {
  private static final class Result {
    final List<Dossier> dossiers = new ArrayList<>();
    final List<RejectedRow> rejected = new ArrayList<>();
  }

  /** Reads each line with its line number; duplicates found as the caller would. */
  private static Result byLines(Path file, DossierLineReader r, boolean header) throws Exception {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    Result out = new Result();
    List<String> ids = new ArrayList<>();
    for (int i = header ? 1 : 0; i < lines.size(); i++) {
      long line = i + 1;
      r.read(
          line,
          lines.get(i),
          d -> {
            if (ids.contains(d.id())) {
              out.rejected.add(r.duplicate(line, d.id()));
            } else {
              ids.add(d.id());
              out.dossiers.add(d);
            }
          },
          out.rejected::add);
    }
    return out;
  }

  @Test
  void csvLinesReadLikeTheFileReader() throws Exception {
    Path file = DossierReaderTest.resource("ho-so-tieng-viet-cham-phay-bom-co-dong-loi.csv");
    List<Dossier> expected = new ArrayList<>();
    ReadReport report = DossierReader.defaults().read(file, expected::add);
    String header = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);

    DossierLineReader r = DossierReader.defaults().csvLines(file.getFileName().toString(), header);
    Result got = byLines(file, r, true);

    assertThat(r.name()).isEqualTo("ho-so-tieng-viet-cham-phay-bom-co-dong-loi.csv");
    assertThat(got.dossiers).isEqualTo(expected);
    assertThat(got.rejected).containsExactlyInAnyOrderElementsOf(report.rejected());
    assertThat(got.rejected)
        .extracting(RejectedRow::reason)
        .anyMatch(s -> s.startsWith("duplicate id \"H10.01-240105-0001\""));
  }

  @Test
  void jsonLinesReadLikeTheFileReader() throws Exception {
    Path file = DossierReaderTest.resource("dossiers-json-lines.jsonl");
    List<Dossier> expected = new ArrayList<>();
    ReadReport report = DossierReader.defaults().read(file, expected::add);

    Result got =
        byLines(file, DossierReader.defaults().jsonLines("dossiers-json-lines.jsonl"), false);

    assertThat(got.dossiers).isEqualTo(expected);
    assertThat(got.rejected).containsExactlyInAnyOrderElementsOf(report.rejected());
  }

  @Test
  void aRecordWithTheWrongNumberOfFieldsOrABrokenQuoteIsRejected() {
    DossierLineReader r =
        DossierReader.defaults()
            .csvLines(
                "ho-so.csv",
                "Mã hồ sơ;Mã thủ tục;Cơ quan giải quyết;Hình thức nộp;Ngày tiếp nhận;Ngày hẹn trả");
    List<RejectedRow> rejected = new ArrayList<>();
    List<Dossier> dossiers = new ArrayList<>();
    r.read(
        7,
        "H10.01-1;1.001234;Sở Xây dựng;Trực tiếp;05/01/2024 08:30",
        dossiers::add,
        rejected::add);
    r.read(8, "   ", dossiers::add, rejected::add);
    r.read(
        9,
        "H10.01-2;1.001234;Sở Xây dựng;Trực tiếp;05/01/2024 08:30;19/01/2024 17:00",
        dossiers::add,
        rejected::add);

    assertThat(rejected)
        .containsExactly(new RejectedRow("ho-so.csv", 7, null, "expected 6 fields, found 5"));
    assertThat(dossiers).extracting(Dossier::agency).containsExactly("Sở Xây dựng");
  }

  @Test
  void aHeaderWithoutTheRequiredColumnsIsRefused() {
    assertThatThrownBy(() -> DossierReader.defaults().csvLines("ho-so.csv", "Mã hồ sơ;Ghi chú"))
        .isInstanceOf(DossierReadException.class)
        .hasMessageContaining("ho-so.csv:1: missing columns");
  }
}

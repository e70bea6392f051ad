package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Goal tables of Word files ({@link GoalTable}): a heading of two rows with merged cells read from
 * a {@code .docx} (XWPF, {@link TwoRowHeading}) and from a Word 97 {@code .doc} (HWPF, {@link
 * DocTable}); the fixtures are rows of mpi.gov.vn's 2021 table (see {@code /formats/README.md}).
 */
class GoalTableFilesTest {
  private static final String NAME = "mpi-chi-tieu-2021-two-row-heading-libreoffice";

  private static Path fixture(Path dir, String name) throws IOException {
    Path out = dir.resolve(name);
    try (InputStream in = GoalTableFilesTest.class.getResourceAsStream("/formats/" + name)) {
      Files.copy(in, out);
    }
    return out;
  }

  @Test
  void aDocxTableWithAHeadingOfTwoRowsGivesEachGoalColumnsGoals(@TempDir Path tmp)
      throws IOException {
    // "Năm 2021" over "Kế hoạch Quốc hội giao | Mục tiêu phấn đấu của Chính phủ": both goal
    // columns; the row in USD has no goal of the model; "Cơ quan chủ trì" is no goal column
    assertThat(PlanReader.readAny(fixture(tmp, NAME + ".docx")).targets())
        .extracting(TargetLines::of)
        .containsExactly(
            "GE 6 PERCENT",
            "GE 6.5 PERCENT",
            "GE 1 PERCENT",
            "GE 1 PERCENT",
            "GE 42 PERCENT",
            "GE 42 PERCENT");
  }

  @Test
  void aDocTableIsReadByItsCellsAsTheDocxTableIs(@TempDir Path tmp) throws IOException {
    // the same table saved as Word 97: the merged "Năm 2021" is one wider cell over two; before
    // DocTable its cells came one a line and only the first goal column was read
    Plan doc = PlanReader.readAny(fixture(tmp, NAME + ".doc"));
    Plan docx = PlanReader.readAny(fixture(tmp, NAME + ".docx"));
    assertThat(doc.targets())
        .extracting(TargetLines::of)
        .isEqualTo(docx.targets().stream().map(TargetLines::of).toList());
    // the text is the table's cells, as a .docx's: no goal cell told with a mark of its own
    assertThat(PlanReader.text(tmp.resolve(NAME + ".doc")))
        .contains("Tỷ lệ che phủ rừng\n\n%\n\nKhoảng 42")
        .doesNotContainPattern("\\p{Co}");
  }

  @Test
  void aDocTableComesAsATableOfCellsInRowOrder(@TempDir Path tmp) throws IOException {
    // DocSource gives the .doc's table as a SourceTable, as DocxSource does: its rows in order,
    // the merged "Năm 2021" one cell spanning the two goal columns it stands over
    SourceDocument doc;
    try (InputStream in = Files.newInputStream(fixture(tmp, NAME + ".doc"))) {
      doc = DocSource.read(NAME + ".doc", in);
    }
    SourceTable table =
        doc.blocks().stream()
            .filter(SourceTable.class::isInstance)
            .map(SourceTable.class::cast)
            .findFirst()
            .orElseThrow();
    List<String> firstCells =
        table.grid().stream().map(row -> row.get(0) + " " + row.get(1)).toList();
    assertThat(firstCells)
        .containsSubsequence(
            "2 GDP bình quân đầu người",
            "8 Mức giảm tỷ lệ hộ nghèo theo chuẩn nghèo tiếp cận đa chiều",
            "12 Tỷ lệ che phủ rừng");
    assertThat(table.grid().get(table.grid().size() - 1))
        .containsExactly("12", "Tỷ lệ che phủ rừng", "%", "Khoảng 42", "Khoảng 42", "Bộ NNPTNT");
    assertThat(PlanReader.text(tmp.resolve(NAME + ".doc"))).doesNotContainPattern("\\p{Co}");
  }
}

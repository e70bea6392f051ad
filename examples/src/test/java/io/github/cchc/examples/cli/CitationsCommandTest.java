package io.github.cchc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CitationsCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Cchc.execute(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void printsOneJsonObjectPerLineWithTheExactKeysAndSpans() throws Exception {
    String file = "data/plans/seed-000-sngv-binh-phuoc-24-kh-2024.txt";
    assertThat(run("citations", file)).isEqualTo(Cchc.OK);
    assertThat(err.toString()).isEmpty();
    List<String> lines = out.toString().lines().toList();
    assertThat(lines)
        .containsExactly(
            "{\"text\":\"Quyết định số 2142/QĐ-UBND ngày 29/12/2023 của UBND tỉnh\",\"start\":144,"
                + "\"end\":200,\"type\":\"Quyết định\",\"numberSymbol\":\"2142/QĐ-UBND\","
                + "\"date\":\"2023-12-29\",\"issuer\":\"UBND tỉnh\"}",
            "{\"text\":\"Kế hoạch số 01/KH-UBND ngày 02/01/2024 của Sở Ngoại vụ\",\"start\":258,"
                + "\"end\":312,\"type\":\"Kế hoạch\",\"numberSymbol\":\"01/KH-UBND\","
                + "\"date\":\"2024-01-02\",\"issuer\":\"Sở Ngoại vụ\"}");
    String text = Files.readString(Path.of(file));
    assertThat(text.substring(144, 200))
        .isEqualTo("Quyết định số 2142/QĐ-UBND ngày 29/12/2023 của UBND tỉnh");
  }

  @Test
  void footnotesOfTheDraftGiveNullsWhereTheTextHasNoDateOrIssuer() throws Exception {
    assertThat(run("citations", "data/plans/seed-004-sngv-kien-giang-draft-2024.txt"))
        .isEqualTo(Cchc.OK);
    ObjectMapper mapper = new ObjectMapper();
    List<JsonNode> nodes = out.toString().lines().map(l -> readTree(mapper, l)).toList();
    assertThat(nodes).hasSize(22);
    JsonNode noDate =
        nodes.stream()
            .filter(n -> n.get("numberSymbol").asText().equals("24/2014/NĐ-CP"))
            .findFirst()
            .orElseThrow();
    assertThat(noDate.get("date").isNull()).isTrue();
    assertThat(noDate.get("issuer").isNull()).isTrue();
    assertThat(nodes.get(12).get("text").asText())
        .isEqualTo("số 38-CTr-TU ngày 11/4/2018 của Tỉnh ủy");
    assertThat(nodes.get(12).get("type").asText()).isEqualTo("Chương trình");
    nodes.forEach(
        n ->
            assertThat(n.fieldNames())
                .toIterable()
                .containsExactly("text", "start", "end", "type", "numberSymbol", "date", "issuer"));
  }

  private static JsonNode readTree(ObjectMapper mapper, String line) {
    try {
      return mapper.readTree(line);
    } catch (Exception e) {
      throw new AssertionError(line, e);
    }
  }

  @Test
  void aMissingOrNonUtf8FileIsRejectedInput(@TempDir Path tmp) throws Exception {
    assertThat(run("citations", tmp.resolve("nowhere.txt").toString()))
        .isEqualTo(Cchc.INPUT_REJECTED);
    assertThat(err.toString()).contains("input rejected").contains("no such file");
    Path latin1 = tmp.resolve("latin1.txt");
    Files.write(latin1, new byte[] {(byte) 0xC0, (byte) 0x20});
    assertThat(run("citations", latin1.toString())).isEqualTo(Cchc.INPUT_REJECTED);
    assertThat(err.toString()).contains("not UTF-8");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void missingFileArgumentIsAUsageError() {
    assertThat(run("citations")).isEqualTo(Cchc.USAGE);
    assertThat(err.toString()).contains("FILE");
  }
}

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

class IndicatorsCommandTest {
  private static final String VI =
      "src/test/resources/dossiers/ho-so-tieng-viet-cham-phay-bom-co-dong-loi.csv";
  private static final String EN = "src/test/resources/dossiers/dossiers-english-comma-no-bom.csv";

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Cchc.execute(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void csvForAllDossiersWithTheExactHeaderIdsAndRates() {
    assertThat(run("indicators", "--dossiers", VI)).isEqualTo(Cchc.OK);
    assertThat(out.toString().lines())
        .containsExactly(
            "group,indicator,numerator,denominator,rate",
            "all,on_time,3,4,75.0000",
            "all,early,2,4,50.0000",
            "all,late,1,4,25.0000",
            "all,fully_online,1,5,20.0000",
            "all,online_payment,1,2,50.0000",
            "all,result_digitised,2,4,50.0000");
    List<String> e = err.toString().lines().toList();
    int summary = e.indexOf("read 9 rows: 5 accepted, 4 rejected");
    assertThat(summary).isNotNegative();
    assertThat(e.subList(summary + 1, e.size()))
        .hasSize(4)
        .allMatch(l -> l.matches("line \\d+: .+"));
    assertThat(e.get(summary + 1)).startsWith("line 6: ");
    assertThat(e.get(0)).contains("definition: provincial");
  }

  @Test
  void aTempDirThatIsNotADirectoryIsRejectedInput(@TempDir Path dir) {
    Path missing = dir.resolve("khong-co");
    assertThat(run("indicators", "--dossiers", VI, "--temp-dir", missing.toString()))
        .isEqualTo(Cchc.INPUT_REJECTED);
    assertThat(err.toString()).contains("--temp-dir " + missing + ": no such directory");
    assertThat(run("indicators", "--dossiers", VI, "--temp-dir", dir.toString()))
        .isEqualTo(Cchc.OK);
  }

  @Test
  void byAgencyQuotesNothingAndRepeatsEachIndicatorPerGroup() {
    assertThat(run("indicators", "--dossiers", VI, "--by", "agency", "--year", "2024"))
        .isEqualTo(Cchc.OK);
    assertThat(out.toString().lines().skip(1).map(l -> l.split(",")[0]).distinct())
        .containsExactly("Sở Tư pháp", "Sở Xây dựng");
    assertThat(out.toString()).contains("Sở Xây dựng,early,2,3,66.6667");
  }

  @Test
  void nationalDefinitionAsJsonSaysWhichDefinitionAndHowManyRowsWereRead() throws Exception {
    assertThat(
            run(
                "indicators",
                "--dossiers",
                EN,
                "--definition",
                "national",
                "--as-of",
                "2024-01-20",
                "--format",
                "json"))
        .isEqualTo(Cchc.OK);
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.get("definition").asText()).isEqualTo("national");
    assertThat(json.get("read").get("rows").asLong()).isEqualTo(6);
    JsonNode onTime = json.get("values").get(0);
    assertThat(onTime.get("indicator").asText()).isEqualTo("on_time");
    assertThat(onTime.get("numerator").asLong()).isEqualTo(5);
    assertThat(onTime.get("denominator").asLong()).isEqualTo(6);
    assertThat(onTime.get("rate").decimalValue()).isEqualByComparingTo("83.3333");
  }

  @Test
  void periodFilterCountsOnlyDossiersReceivedInItAndSaysHowManyWereOutside() {
    assertThat(run("indicators", "--dossiers", VI, "--year", "2023")).isEqualTo(Cchc.OK);
    assertThat(out.toString().lines()).contains("all,on_time,0,0,", "all,late,0,0,");
    assertThat(err.toString()).contains("5 accepted rows received outside the period");
  }

  @Test
  void strictModeRejectsTheInputWithExitCode1() {
    assertThat(run("indicators", "--dossiers", VI, "--strict")).isEqualTo(Cchc.INPUT_REJECTED);
    assertThat(err.toString()).contains("input rejected").contains(":6:");
  }

  @Test
  void missingFileAndMissingColumnsAreRejectedInput(@TempDir Path tmp) throws Exception {
    assertThat(run("indicators", "--dossiers", tmp.resolve("none.csv").toString()))
        .isEqualTo(Cchc.INPUT_REJECTED);
    Path bad = tmp.resolve("bad.csv");
    Files.writeString(bad, "a,b\n1,2\n");
    assertThat(run("indicators", "--dossiers", bad.toString())).isEqualTo(Cchc.INPUT_REJECTED);
    assertThat(err.toString()).contains("missing columns");
  }

  @Test
  void unknownGroupingIsAUsageError() {
    assertThat(run("indicators", "--dossiers", VI, "--by", "province")).isEqualTo(Cchc.USAGE);
  }
}

package io.github.cchc.benchmarks;

import io.github.cchc.model.plan.Plan;
import io.github.cchc.model.plan.PlanReader;
import io.github.cchc.model.plan.Target;
import io.github.cchc.model.plan.TargetExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Plan parsing time: the five seed plans (plain text) and the sample Word plan with its appendix,
 * each against a baseline in the same run: reading the text (UTF-8 decode and NFC) for the seeds,
 * opening the {@code .docx} with POI without parsing the plan for the Word file.
 *
 * <p>Run from the project root (it reads {@code examples/data/plans}): {@code java -jar
 * benchmarks/target/benchmarks.jar PlanParsingBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PlanParsingBenchmark {
  /** Folder of the sample plans. */
  @Param("examples/data/plans")
  public String plans;

  private final List<String> names = new ArrayList<>();
  private final List<byte[]> seeds = new ArrayList<>();
  private String seed001;
  private byte[] docx;
  private String longList;

  /** Loads the files once. */
  @Setup
  public void load() throws IOException {
    Path dir = Path.of(plans);
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException(
          dir.toAbsolutePath() + " not found: run from the project root or pass -p plans=DIR");
    }
    try (var files = Files.list(dir)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        names.add(p.getFileName().toString());
        seeds.add(Files.readAllBytes(p));
      }
    }
    seed001 =
        new String(
            Files.readAllBytes(dir.resolve("seed-001-binh-phuoc-cchc-2024-article.txt")),
            StandardCharsets.UTF_8);
    docx = Files.readAllBytes(dir.resolve("sample-kh-cchc-2024.docx"));
    // one sentence of 4,001 goals (110 KB), as the hostile-input test of the command line gives it
    StringBuilder sb = new StringBuilder("Trên 98% hồ sơ A");
    for (int i = 0; i < 4000; i++) {
      sb.append(", tối thiểu ").append(i % 100).append("% hồ sơ loại ").append(i);
    }
    longList = sb.append(".\n").toString();
  }

  /** Baseline: NFC-normalise the sentence of 4,001 goals. */
  @Benchmark
  public String longListNormalizeBaseline() {
    return Normalizer.normalize(longList, Normalizer.Form.NFC);
  }

  /**
   * The sentence of 4,001 goals read as any document ({@code cchc targets}): each line is judged
   * once for the headline and summary rules, not once per target it holds.
   */
  @Benchmark
  public Plan longListReadAny() {
    return PlanReader.readAnyText("long-list", longList);
  }

  /** Baseline: decode and NFC-normalise the five seeds. */
  @Benchmark
  public void seedsReadTextBaseline(Blackhole bh) {
    for (byte[] b : seeds) {
      bh.consume(Normalizer.normalize(new String(b, StandardCharsets.UTF_8), Normalizer.Form.NFC));
    }
  }

  /** The five seeds read as plans: header, sections, targets, reporting duties. */
  @Benchmark
  public void seedsParsePlans(Blackhole bh) {
    for (int i = 0; i < seeds.size(); i++) {
      Plan p = PlanReader.readText(names.get(i), new String(seeds.get(i), StandardCharsets.UTF_8));
      bh.consume(p);
    }
  }

  /** The targets of seed 001 (20 targets) from its text. */
  @Benchmark
  public List<Target> seed001ExtractTargets() {
    return TargetExtractor.extract(seed001);
  }

  /** Baseline: open the sample .docx with POI and walk its body, without reading the plan. */
  @Benchmark
  public int docxOpenBaseline() throws IOException {
    try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
      return d.getBodyElements().size();
    }
  }

  /** The sample .docx read as a plan, with its appendix table of 8 tasks. */
  @Benchmark
  public Plan docxParsePlan() {
    return PlanReader.readDocx("sample-kh-cchc-2024.docx", new ByteArrayInputStream(docx));
  }
}

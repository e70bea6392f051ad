package io.github.cchc.benchmarks;

import io.github.cchc.model.document.Citation;
import io.github.cchc.model.document.CitationExtractor;
import io.github.cchc.model.text.VietnameseText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Citation extraction throughput on the text of the five seed plans (about 34 KB of UTF-8, 29,000
 * characters, 33 citations), against a baseline that only folds every character of the same text
 * (the least any matcher that ignores case and diacritics must do).
 *
 * <p>MB/s = ops/s × {@link #UTF8_BYTES} / 10^6; the setup prints the size. Run: {@code java -jar
 * benchmarks/target/benchmarks.jar CitationExtractionBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CitationExtractionBenchmark {
  private static final String[] SEEDS = {
    "seed-000-sngv-binh-phuoc-24-kh-2024.txt",
    "seed-001-binh-phuoc-cchc-2024-article.txt",
    "seed-002-snn-par-index-sipas-2024.txt",
    "seed-003-sngv-tien-giang-2021-article.txt",
    "seed-004-sngv-kien-giang-draft-2024.txt"
  };

  /** UTF-8 size of the benchmark text, set in {@link #load()}. */
  static int UTF8_BYTES;

  private String text = "";

  /** Loads and joins the five seeds. */
  @Setup
  public void load() {
    StringBuilder sb = new StringBuilder();
    for (String seed : SEEDS) {
      try (InputStream in =
          CitationExtractionBenchmark.class.getResourceAsStream("/seeds/" + seed)) {
        if (in == null) {
          throw new IllegalStateException("missing resource /seeds/" + seed);
        }
        sb.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append("\n\n");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    text = VietnameseText.nfc(sb);
    UTF8_BYTES = text.getBytes(StandardCharsets.UTF_8).length;
    int found = CitationExtractor.extract(text).size();
    System.err.printf(
        "%ncitation benchmark text: %d UTF-8 bytes, %d chars, %d citations%n",
        UTF8_BYTES, text.length(), found);
  }

  /** Finds every citation of the five seeds. */
  @Benchmark
  public List<Citation> extract() {
    return CitationExtractor.extract(text);
  }

  /** Baseline: folds every character of the same text and sums them. */
  @Benchmark
  public int baselineFoldScan() {
    int sum = 0;
    for (int i = 0; i < text.length(); i++) {
      sum += VietnameseText.foldChar(text.charAt(i));
    }
    return sum;
  }

  /** Baseline: a bare scan of the same text, summing its characters. */
  @Benchmark
  public int baselineBareScan() {
    int sum = 0;
    for (int i = 0; i < text.length(); i++) {
      sum += text.charAt(i);
    }
    return sum;
  }
}

package io.github.cchc.examples.data;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The shipped sample data: where it lives and how it is made on first use.
 *
 * <p>The dossier export ({@value #DOSSIERS_FILE}, about 1 M rows, ~250 MB) is not committed; the
 * first call of {@link #ensureDossiers(Path)} writes it under {@code <data>/generated/} from the
 * fixed seed {@link DossierGenerator#DEFAULT_SEED}, and later calls reuse it.
 *
 * <pre>{@code
 * Path csv = SampleData.ensureDossiers(Path.of("examples/data"));
 * // examples/data/generated/dossiers-2024.csv
 * }</pre>
 *
 * <p>From the command line: {@code java -cp examples/target/cchc.jar
 * io.github.cchc.examples.data.SampleData [rows] [seed] [file]}, or {@code cchc sample-data}.
 */
public final class SampleData {
  /** File name of the generated dossier export. */
  public static final String DOSSIERS_FILE = "dossiers-2024.csv";

  /** Folder (under the data folder) of generated, git-ignored files. */
  public static final String GENERATED = "generated";

  private SampleData() {}

  /**
   * Returns the sample dossier export under {@code dataDir/generated/}, generating it first when it
   * is missing (atomically: a half-written file is never left under the final name).
   *
   * @param dataDir the data folder, e.g. {@code examples/data}
   * @return the CSV file
   * @throws IOException if it cannot be written
   */
  public static Path ensureDossiers(Path dataDir) throws IOException {
    Path file = dataDir.resolve(GENERATED).resolve(DOSSIERS_FILE);
    if (!Files.isRegularFile(file)) {
      generate(file, DossierGenerator.DEFAULT_ROWS, DossierGenerator.DEFAULT_SEED);
    }
    return file;
  }

  /**
   * Writes an export of {@code rows} rows from {@code seed} to {@code file}, atomically: CSV, or an
   * Excel workbook with the same rows ({@link XlsxExport}) if the name ends with {@code .xlsx}.
   *
   * @param file the target file; its folder is created
   * @param rows the number of data rows
   * @param seed the seed
   * @return the summary of what was written
   * @throws IOException if it cannot be written
   */
  public static GenerationSummary generate(Path file, int rows, long seed) throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    Path tmp = Files.createTempFile(folder, file.getFileName().toString(), ".part");
    try {
      GenerationSummary summary;
      try (OutputStream out = Files.newOutputStream(tmp)) {
        summary = DossierGenerator.withSeed(seed).write(rows, out);
      }
      if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
        Path csv = Files.createTempFile(folder, file.getFileName().toString(), ".csv");
        try {
          Files.move(tmp, csv, StandardCopyOption.REPLACE_EXISTING);
          XlsxExport.write(csv, tmp);
        } finally {
          Files.deleteIfExists(csv);
        }
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return summary;
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * Generates an export: {@code [rows] [seed] [file]}, defaulting to the shipped sample in {@code
   * examples/data/generated/}; prints the time taken and the summary table.
   *
   * @param args optional rows, seed and file
   * @throws IOException if it cannot be written
   */
  public static void main(String[] args) throws IOException {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : DossierGenerator.DEFAULT_ROWS;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : DossierGenerator.DEFAULT_SEED;
    Path file =
        args.length > 2 ? Path.of(args[2]) : Path.of("examples/data", GENERATED, DOSSIERS_FILE);
    long start = System.nanoTime();
    GenerationSummary summary = generate(file, rows, seed);
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        "wrote %s: %d rows (%d bad), %d bytes in %d ms%n",
        file, rows, summary.badRows(), Files.size(file), millis);
    System.out.print(summary.toMarkdown());
  }
}

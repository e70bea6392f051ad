package io.github.cchc.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cchc demo}: the main job of the README. Runs the examples on the sample data shipped in
 * {@code examples/data} and writes a report into the output folder.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Run the main job on the shipped sample data and write a report into --out.",
      "Reads every plan under <data>/plans and writes <out>/summary.csv."
    })
final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--data",
      defaultValue = "examples/data",
      description = "Folder of the sample data (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(
      names = "--out",
      defaultValue = "report",
      description = "Folder the report is written to (default: ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() throws IOException {
    Path plans = data.resolve("plans");
    if (!Files.isDirectory(plans)) {
      throw new InputRejectedException(
          "sample data not found: "
              + plans.toAbsolutePath()
              + " is not a folder (run from the"
              + " project root or give --data)");
    }
    List<String> rows = new ArrayList<>();
    rows.add("file,paragraphs,characters");
    try (Stream<Path> files = Files.list(plans)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String text = Normalizer.normalize(Files.readString(file), Normalizer.Form.NFC);
        long paragraphs = text.lines().filter(l -> !l.isBlank()).count();
        rows.add(file.getFileName() + "," + paragraphs + "," + text.length());
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    Files.createDirectories(out);
    Path summary = out.resolve("summary.csv");
    Files.write(summary, rows, StandardCharsets.UTF_8);
    PrintWriter stdout = spec.commandLine().getOut();
    rows.forEach(stdout::println);
    stdout.println("wrote " + summary);
    return Cchc.OK;
  }
}

package io.github.cchc.examples.cli;

import io.github.cchc.reporting.ReportFormat;
import io.github.cchc.reporting.model.Report;
import io.github.cchc.reporting.render.ReportRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Writes reports in several formats at once: each file is rendered on a thread of its own pool (as
 * many threads as processors), so that the PDF's layout and the office formats' packaging overlap.
 * The files are the bytes each renderer gives alone; their paths come back in the order asked for.
 */
final class Renderings {
  private Renderings() {}

  /** One file to write: a report in a format, at a path. */
  record Job(Report report, ReportFormat format, Path file) {}

  /**
   * Writes {@code report} into {@code dir} as {@code base.<extension>} in each of {@code formats}.
   *
   * @return the files, in the order of {@code formats}
   */
  static List<Path> write(Report report, Path dir, String base, Set<ReportFormat> formats)
      throws IOException {
    return write(jobs(report, dir, base, formats));
  }

  /** The jobs that write {@code report} into {@code dir} as {@code base.<extension>}. */
  static List<Job> jobs(Report report, Path dir, String base, Set<ReportFormat> formats) {
    List<Job> jobs = new ArrayList<>();
    for (ReportFormat format : formats) {
      jobs.add(new Job(report, format, dir.resolve(base + "." + format.renderer().extension())));
    }
    return jobs;
  }

  /**
   * Writes every job, several at once.
   *
   * @return the files, in the order of {@code jobs}
   * @throws IOException if a file cannot be written (the first failure in the jobs' order)
   */
  static List<Path> write(List<Job> jobs) throws IOException {
    int threads = Math.min(jobs.size(), Runtime.getRuntime().availableProcessors());
    if (threads <= 1) {
      for (Job job : jobs) {
        write(job);
      }
      return jobs.stream().map(Job::file).toList();
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "cchc-render");
              t.setDaemon(true);
              return t;
            });
    try {
      // the slowest renderers first, so that the pool's threads end together
      Map<Job, CompletableFuture<Void>> started = new LinkedHashMap<>();
      jobs.stream()
          .sorted((a, b) -> Integer.compare(cost(b.format()), cost(a.format())))
          .forEach(j -> started.put(j, CompletableFuture.runAsync(() -> writeUnchecked(j), pool)));
      List<Path> files = new ArrayList<>();
      for (Job job : jobs) {
        try {
          started.get(job).join();
        } catch (CompletionException e) {
          if (e.getCause() instanceof UncheckedIOException io) {
            throw io.getCause();
          }
          if (e.getCause() instanceof RuntimeException re) {
            throw re;
          }
          if (e.getCause() instanceof Error error) {
            throw error;
          }
          throw e;
        }
        files.add(job.file());
      }
      return files;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Rough relative cost of a renderer on the demo's reports, to start the slowest first. */
  private static int cost(ReportFormat format) {
    return switch (format) {
      case PDF -> 4;
      case DOCX -> 3;
      case XLSX -> 2;
      case HTML -> 1;
      default -> 0;
    };
  }

  private static void writeUnchecked(Job job) {
    try {
      write(job);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Job job) throws IOException {
    ReportRenderer renderer = job.format().renderer();
    Files.write(job.file(), renderer.toBytes(job.report()));
  }
}

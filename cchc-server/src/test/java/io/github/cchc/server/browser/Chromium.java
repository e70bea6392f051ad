package io.github.cchc.server.browser;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A headless Chromium started for one test (Debian's {@code chromium}; no browser download), with
 * the DevTools protocol on a free loopback port. {@link #close()} ends the process and its
 * children.
 */
public final class Chromium implements AutoCloseable {
  /** The names looked up on the PATH, in order; the variable CHROMIUM overrides them. */
  public static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome");

  public static final String HOW_TO_ENABLE =
      "Chromium not found: the browser test needs Debian's chromium"
          + " (sudo apt-get install -y chromium) or the variable CHROMIUM=/path/to/chrome";

  private final Process process;
  private final int devToolsPort;

  private Chromium(Process process, int devToolsPort) {
    this.process = process;
    this.devToolsPort = devToolsPort;
  }

  /** The browser's executable, from CHROMIUM or the PATH. */
  public static Optional<Path> find() {
    String configured = System.getenv("CHROMIUM");
    if (configured != null && !configured.isBlank()) {
      Path path = Path.of(configured);
      return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
    }
    String pathVariable = System.getenv().getOrDefault("PATH", "");
    return NAMES.stream()
        .flatMap(
            name ->
                Stream.of(pathVariable.split(File.pathSeparator))
                    .filter(dir -> !dir.isEmpty())
                    .map(dir -> Path.of(dir, name)))
        .filter(Files::isExecutable)
        .findFirst();
  }

  /** Starts the browser headless, its profile and log under {@code work}. */
  public static Chromium start(Path executable, Path work, int width, int height)
      throws IOException, InterruptedException {
    Path profile = Files.createDirectories(work.resolve("profile"));
    List<String> command =
        List.of(
            executable.toString(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--no-default-browser-check",
            "--hide-scrollbars",
            "--lang=vi-VN",
            "--window-size=" + width + "," + height,
            "--remote-debugging-address=127.0.0.1",
            "--remote-debugging-port=0",
            "--user-data-dir=" + profile,
            "about:blank");
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(work.resolve("chromium.log").toFile())
            .start();
    Path activePort = profile.resolve("DevToolsActivePort");
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IOException(
            "Chromium exited with "
                + process.exitValue()
                + ": "
                + Files.readString(work.resolve("chromium.log"), StandardCharsets.UTF_8));
      }
      if (Files.isRegularFile(activePort)) {
        List<String> lines = Files.readAllLines(activePort);
        if (!lines.isEmpty() && !lines.get(0).isBlank()) {
          return new Chromium(process, Integer.parseInt(lines.get(0).trim()));
        }
      }
      Thread.sleep(50);
    }
    process.destroyForcibly();
    throw new IOException("Chromium did not open its DevTools port within 60 s");
  }

  public int devToolsPort() {
    return devToolsPort;
  }

  @Override
  public void close() throws InterruptedException {
    List<ProcessHandle> children = process.descendants().toList();
    process.destroy();
    if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
    children.forEach(ProcessHandle::destroyForcibly);
  }
}

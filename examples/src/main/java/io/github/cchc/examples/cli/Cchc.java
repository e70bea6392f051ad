package io.github.cchc.examples.cli;

import io.github.cchc.examples.LibraryLogging;
import io.github.cchc.examples.StandardPdfFonts;
import io.github.cchc.model.text.DiagnosticText;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code cchc} command line: {@code java -jar examples/target/cchc.jar --help}.
 *
 * <p>The contract every subcommand keeps, which scripts rely on:
 *
 * <ul>
 *   <li>results go to standard output, diagnostics to standard error;
 *   <li>exit code {@value #OK} on success, {@value #INPUT_REJECTED} when the input was rejected
 *       (the message says what, where and why), {@value #USAGE} on a usage error.
 * </ul>
 */
@Command(
    name = "cchc",
    mixinStandardHelpOptions = true,
    versionProvider = Cchc.Version.class,
    description = "Vietnamese public administration reform (CCHC): plans, indicators and reports.",
    subcommands = {
      DemoCommand.class,
      CitationsCommand.class,
      PlanCommand.class,
      IndicatorsCommand.class,
      EvaluateCommand.class,
      TargetsCommand.class,
      ReportCommand.class,
      SampleDataCommand.class,
      LunarCommand.class,
      HolidaysCommand.class,
      DueCommand.class,
      ProgressCommand.class,
      ServeCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:the input was rejected (what, where and why on standard error)",
      "2:usage error"
    })
public final class Cchc implements Runnable {
  /** Exit code on success. */
  public static final int OK = 0;

  /** Exit code when the input was rejected. */
  public static final int INPUT_REJECTED = 1;

  /** Exit code on a usage error. */
  public static final int USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
  }

  /**
   * Runs the command line and exits the JVM with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /**
   * Runs the command line with UTF-8 standard output and error, without exiting.
   *
   * @param args the arguments
   * @return the exit code
   */
  public static int execute(String... args) {
    return execute(
        new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8),
        args);
  }

  /**
   * Runs the command line with the given output and error writers, without exiting.
   *
   * @param out where results go
   * @param err where diagnostics go
   * @param args the arguments
   * @return the exit code
   */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    LibraryLogging.quiet();
    StandardPdfFonts.install();
    CommandLine cli = new CommandLine(new Cchc());
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler(
        (ex, arguments) -> {
          // picocli quotes the bad argument: escaped, it can neither add a line nor reach the
          // terminal as an escape sequence
          PrintWriter e = ex.getCommandLine().getErr();
          e.println(DiagnosticText.escape(ex.getMessage(), 2000));
          ex.getCommandLine().usage(e);
          e.flush();
          return USAGE;
        });
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> fail(commandLine.getErr(), ex));
    int code;
    try {
      code = cli.execute(args);
    } catch (StackOverflowError | OutOfMemoryError | RuntimeException e) {
      // errors pass through picocli's handler: the last line of defence against a stack trace
      code = fail(err, e);
    }
    out.flush();
    err.flush();
    return code;
  }

  /** Prints the one line that says what failed, where and why, and returns the exit code. */
  private static int fail(PrintWriter err, Throwable failure) {
    err.println("cchc: " + Failures.describe(failure));
    err.flush();
    return INPUT_REJECTED;
  }

  /** Reports the version of the jar. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Cchc.class.getPackage().getImplementationVersion();
      return new String[] {"cchc " + (v == null ? "development build" : v)};
    }
  }
}

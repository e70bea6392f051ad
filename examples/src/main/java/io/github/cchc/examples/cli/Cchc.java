package io.github.cchc.examples.cli;

import io.github.cchc.examples.LibraryLogging;
import io.github.cchc.model.CchcParseException;
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
    CommandLine cli = new CommandLine(new Cchc());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          if (ex instanceof CchcParseException || ex instanceof InputRejectedException) {
            commandLine.getErr().println("cchc: input rejected: " + ex.getMessage());
            commandLine.getErr().flush();
            return INPUT_REJECTED;
          }
          throw ex;
        });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
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

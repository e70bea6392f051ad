package io.github.cchc.examples;

import com.openhtmltopdf.util.XRLog;
import java.util.logging.Level;

/**
 * Keeps standard error for our own diagnostics in the command line and the example programs: POI
 * logs through Log4j API, which without a provider prints a warning at the first Word file, so its
 * simple provider (errors only) is chosen unless the user chose one; openhtmltopdf logs every font
 * it loads at INFO, so only its warnings pass, except its CSS parser's: the reports' stylesheet is
 * the HTML report's, whose rules for browsers (overflow-x, break-inside, …) the PDF layout skips
 * with a warning each, which no user can act on.
 */
public final class LibraryLogging {
  private LibraryLogging() {}

  /** Quiets the libraries' logging as described in the class comment; safe to call repeatedly. */
  public static void quiet() {
    if (System.getProperty("log4j.provider") == null) {
      System.setProperty(
          "log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
    }
    XRLog.listRegisteredLoggers().forEach(name -> XRLog.setLevel(name, Level.WARNING));
    XRLog.setLevel(XRLog.CSS_PARSE, Level.SEVERE);
  }
}

package io.github.cchc.model.document;

import java.util.regex.Pattern;

/**
 * A fetch client's error message that a site's server left before its headline, on the same line:
 * "The request was aborted: Could not create SSL/TLS secure channel. Tỉnh ủy ban hành Nghị quyết về
 * giảm nhanh và bền vững tỷ lệ hộ nghèo …" (tinhuygialai.org.vn, corpus {@code unseen46}), the
 * message of a .NET web request that failed while the page was built. The class is the messages of
 * that client, in English on a Vietnamese page: a request aborted with its reason, a remote
 * server's error with its status, a time-out, a server that could not be reached. The headline is
 * what follows the message; a line that does not open with one is left as it is.
 */
final class FetchErrorPrefix {
  private FetchErrorPrefix() {}

  /** The messages, each ending its sentence, then the space before the headline. */
  private static final Pattern MESSAGE =
      Pattern.compile(
          "(?:The request was aborted: [^.]{1,80}"
              + "|The remote server returned an error: \\(\\d{3}\\)[^.]{0,40}"
              + "|The operation has timed out"
              + "|Unable to connect to the remote server)\\.?\\s+(?=\\p{Lu})");

  /**
   * The line without the error message it opens with.
   *
   * @param line a stripped line of the page
   * @return the line after the message, or the line itself when it opens with none
   */
  static String without(String line) {
    var m = MESSAGE.matcher(line);
    return m.lookingAt() ? line.substring(m.end()) : line;
  }
}

package io.github.cchc.model.plan;

/**
 * Thrown when a document is readable but is not a plan (Kế hoạch), for instance a Quyết định or a
 * text without a "KẾ HOẠCH" heading, targets or tasks.
 *
 * <pre>{@code
 * try {
 *   PlanReader.read(Path.of("cong-van.txt"));
 * } catch (NotAPlanException e) {
 *   System.err.println(e.getMessage());  // "cong-van.txt: file: not a plan: ..."
 * }
 * }</pre>
 */
public final class NotAPlanException extends PlanReadException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param file the file name
   * @param reason why the document is not a plan
   */
  public NotAPlanException(String file, String reason) {
    super(file, "file", "not a plan: " + reason, null);
  }
}

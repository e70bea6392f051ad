package io.github.cchc.reporting.render;

import io.github.cchc.model.CchcException;

/**
 * A renderer was asked for ({@code ReportFormat.renderer()}) without the optional library it needs:
 * Apache POI for DOCX and XLSX, openhtmltopdf (with PDFBox) for PDF. HTML, JSON, CSV and SVG need
 * none. The message names the Maven artifact to add, and {@link #artifact()} returns it.
 */
public final class MissingLibraryException extends CchcException {
  private static final long serialVersionUID = 1L;

  /** The Maven coordinates to add, "org.apache.poi:poi-ooxml". */
  private final String artifact;

  private MissingLibraryException(String renderer, String artifact, String module) {
    super(
        "the "
            + renderer
            + " renderer needs "
            + artifact
            + " on the class path (add it to your build; on the module path also --add-modules "
            + module
            + ")");
    this.artifact = artifact;
  }

  /**
   * Throws if a class of the optional library cannot be loaded.
   *
   * @param format the format whose renderer needs the library, "DOCX"
   * @param className a class of the library, "org.apache.poi.xwpf.usermodel.XWPFDocument"
   * @param artifact the Maven coordinates to add, "org.apache.poi:poi-ooxml"
   * @param module the module name of the library on the module path, "org.apache.poi.ooxml"
   * @throws MissingLibraryException if the class is not there
   */
  public static void require(String format, String className, String artifact, String module) {
    try {
      Class.forName(className, false, MissingLibraryException.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      MissingLibraryException missing = new MissingLibraryException(format, artifact, module);
      missing.initCause(e);
      throw missing;
    }
  }

  /**
   * The Maven coordinates of the missing library.
   *
   * @return "group:artifact", "org.apache.poi:poi-ooxml"
   */
  public String artifact() {
    return artifact;
  }
}

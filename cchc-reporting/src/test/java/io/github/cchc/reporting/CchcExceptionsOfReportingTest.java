package io.github.cchc.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.cchc.model.CchcException;
import io.github.cchc.reporting.model.DocumentProfile;
import io.github.cchc.reporting.model.InvalidProfileException;
import io.github.cchc.reporting.render.MissingLibraryException;
import org.junit.jupiter.api.Test;

/**
 * Each public exception of cchc-reporting, provoked through the public API: a {@link CchcException}
 * with its accessors.
 */
class CchcExceptionsOfReportingTest {

  @Test
  void aProfileWithASlashInItsSymbolIsAnInvalidProfileException() {
    String json =
        "{\n"
            + "  \"governingBody\": \"UBND TỈNH BÌNH PHƯỚC\",\n"
            + "  \"issuingBody\": \"SỞ NỘI VỤ\",\n"
            + "  \"symbol\": \"BC/SNV\",\n"
            + "  \"place\": \"Bình Phước\"\n"
            + "}\n";
    Throwable t = catchThrowable(() -> DocumentProfile.readText("so-noi-vu.json", json));
    assertThat(t).isInstanceOf(CchcException.class).isNotInstanceOf(IllegalArgumentException.class);
    InvalidProfileException e = (InvalidProfileException) t;
    assertThat(e.source()).isEqualTo("so-noi-vu.json");
    assertThat(e.line()).isPositive();
    assertThat(e)
        .hasMessageStartingWith("so-noi-vu.json:")
        .hasMessageContaining("symbol \"BC/SNV\" is not a ký hiệu");
  }

  @Test
  void aRendererWithoutItsLibraryIsAMissingLibraryException() {
    Throwable t =
        catchThrowable(
            () ->
                MissingLibraryException.require(
                    "DOCX", "org.example.absent.Document", "org.example:absent", "org.example"));
    assertThat(t).isInstanceOf(CchcException.class).isNotInstanceOf(IllegalStateException.class);
    MissingLibraryException e = (MissingLibraryException) t;
    assertThat(e.artifact()).isEqualTo("org.example:absent");
    assertThat(e).hasMessageContaining("DOCX renderer needs org.example:absent");
    assertThat(e).hasCauseInstanceOf(ClassNotFoundException.class);
  }
}

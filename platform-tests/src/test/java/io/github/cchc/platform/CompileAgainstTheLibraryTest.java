package io.github.cchc.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's class compiled against the library jars with {@code -Xlint:all -Werror}, as a strict
 * build does, and without Immutables on the class path (it is a compile-time tool of the library,
 * not a dependency): no warning. Generated builders used to carry {@code
 * org.immutables.value.Generated(from = ...)}, which javac could not find ("Cannot find annotation
 * method 'from()'").
 */
class CompileAgainstTheLibraryTest {
  private static final String USER_CODE =
      """
      package user;

      import io.github.cchc.model.document.DocumentNumber;
      import io.github.cchc.indicators.indicator.Definition;
      import io.github.cchc.indicators.indicator.Indicator;
      import io.github.cchc.indicators.indicator.IndicatorValue;
      import io.github.cchc.reporting.model.Paragraph;
      import io.github.cchc.reporting.model.Section;

      public class Portal {
        public String page() {
          IndicatorValue v =
              IndicatorValue.of("Sở Tư pháp", Indicator.ON_TIME, Definition.PROVINCIAL, 985, 1000);
          Section s =
              Section.builder().heading("I. KẾT QUẢ").addBlocks(Paragraph.of(v.format())).build();
          return DocumentNumber.parse("24/KH-SNgV").format() + s.heading();
        }
      }
      """;

  @Test
  void aStrictBuildOfUserCodeHasNoWarning(@TempDir Path out) throws Exception {
    assertThat(getClass().getClassLoader().getResource("org/immutables/value/Generated.class"))
        .as("Immutables is not a run-time dependency")
        .isNull();
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter log = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
      JavaFileObject source =
          new SimpleJavaFileObject(
              URI.create("string:///user/Portal.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
              return USER_CODE;
            }
          };
      boolean ok =
          javac
              .getTask(
                  log,
                  files,
                  diagnostics,
                  List.of(
                      "-Xlint:all",
                      "-Werror",
                      "-proc:none",
                      "-classpath",
                      System.getProperty("java.class.path"),
                      "-d",
                      out.toString()),
                  null,
                  List.of(source))
              .call();
      assertThat(diagnostics.getDiagnostics()).as(log.toString()).isEmpty();
      assertThat(ok).isTrue();
    }
  }
}

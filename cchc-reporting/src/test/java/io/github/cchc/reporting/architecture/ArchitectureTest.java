package io.github.cchc.reporting.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one part of the design that must not drift: dependencies point reporting -> indicators ->
 * model, and no package of the library is in a cycle. The rules run on the production classes of
 * all three library modules (this module's test class path has them all), and on a fixture that
 * breaks them, so that we know they can fail.
 */
class ArchitectureTest {
  private static final String LIBRARY = "io.github.cchc";

  /** The rules for a code base rooted at {@code root} ({@code root.model}, ...). */
  static List<ArchRule> rules(String root) {
    return List.of(
        noClasses()
            .that()
            .resideInAPackage(root + ".model..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                root + ".indicators..",
                root + ".reporting..",
                root + ".examples..",
                root + ".beam..")
            .because("the model knows nothing of computation or rendering")
            .allowEmptyShould(true),
        noClasses()
            .that()
            .resideInAPackage(root + ".indicators..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(root + ".reporting..", root + ".examples..", root + ".beam..")
            .because("indicators know nothing of rendering")
            .allowEmptyShould(true),
        noClasses()
            .that()
            .resideInAPackage(root + ".reporting..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(root + ".examples..", root + ".beam..")
            .because("nothing in the library depends on examples or optional modules")
            .allowEmptyShould(true),
        slices()
            .matching(root + ".(**)")
            .should()
            .beFreeOfCycles()
            .because("packages form a directed acyclic graph"));
  }

  @Test
  void libraryKeepsTheDirectionOfDependenceAndHasNoPackageCycle() {
    JavaClasses library =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(LIBRARY + ".model", LIBRARY + ".indicators", LIBRARY + ".reporting");
    assertThat(library.stream().map(c -> c.getPackageName()))
        .as("the importer sees the production classes of the library")
        .anyMatch(p -> p.startsWith(LIBRARY + ".model"))
        .anyMatch(p -> p.startsWith(LIBRARY + ".reporting.model"))
        .anyMatch(p -> p.startsWith(LIBRARY + ".reporting.html"))
        .anyMatch(p -> p.startsWith(LIBRARY + ".reporting.builder"));
    rules(LIBRARY).forEach(rule -> rule.check(library));
  }

  @Test
  void theReportModelDependsOnNoRendererOrBuilder() {
    JavaClasses reporting =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(LIBRARY + ".reporting");
    noClasses()
        .that()
        .resideInAPackage(LIBRARY + ".reporting.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            LIBRARY + ".reporting",
            LIBRARY + ".reporting.render..",
            LIBRARY + ".reporting.html..",
            LIBRARY + ".reporting.pdf..",
            LIBRARY + ".reporting.docx..",
            LIBRARY + ".reporting.xlsx..",
            LIBRARY + ".reporting.csv..",
            LIBRARY + ".reporting.json..",
            LIBRARY + ".reporting.svg..",
            LIBRARY + ".reporting.builder..")
        .because("the report is data; renderers and builders depend on it, never the reverse")
        .check(reporting);
  }

  @Test
  void anUpwardImportFailsTheRules() {
    String root = ArchitectureTest.class.getPackageName() + ".fixture";
    JavaClasses fixture = new ClassFileImporter().importPackages(root);
    assertThatThrownBy(() -> rules(root).get(0).check(fixture))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("fixture.model.UpwardImport")
        .hasMessageContaining("fixture.indicators.Indicator");
  }

  @Test
  void aPackageCycleFailsTheRules() {
    String root = ArchitectureTest.class.getPackageName() + ".fixture";
    JavaClasses fixture = new ClassFileImporter().importPackages(root);
    assertThatThrownBy(() -> rules(root).get(3).check(fixture))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Cycle detected");
  }
}

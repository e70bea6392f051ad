package io.github.cchc.model.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;

/**
 * The Jackson module of cchc-model. Register it, or let {@code findAndRegisterModules()} find it
 * (it is listed in {@code META-INF/services/com.fasterxml.jackson.databind.Module}):
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new CchcModule()).build();
 * String json = mapper.writeValueAsString(DocumentNumber.parse("24/KH-SNgV")); // "\"24/KH-SNgV\""
 * DocumentNumber number = mapper.readValue(json, DocumentNumber.class);
 * }</pre>
 *
 * <p>What it does: values with a text form (document numbers, document types, partial dates) are
 * one JSON string, through their own {@code @JsonValue}/{@code @JsonCreator}; structured values
 * (legal references, citations, headers, signatures) are JSON objects read back through their
 * builders. The module registers what those need, as its {@linkplain #getDependencies()
 * dependencies}: {@link Jdk8Module} for {@code Optional}/{@code OptionalInt} accessors and {@link
 * JavaTimeModule} for {@code LocalDate}. Dates of this library are annotated to be written as ISO
 * strings ("2024-02-22") whatever {@link SerializationFeature#WRITE_DATES_AS_TIMESTAMPS} says.
 */
public final class CchcModule extends Module {
  private static final Version VERSION =
      new Version(0, 1, 0, "SNAPSHOT", "io.github.cchc", "cchc-model");

  /** Creates the module. */
  public CchcModule() {}

  @Override
  public String getModuleName() {
    return "cchc-model";
  }

  @Override
  public Version version() {
    return VERSION;
  }

  /** Returns {@link Jdk8Module} and {@link JavaTimeModule}, registered before this module. */
  @Override
  public Iterable<? extends Module> getDependencies() {
    return List.of(new Jdk8Module(), new JavaTimeModule());
  }

  @Override
  public void setupModule(SetupContext context) {
    // Every value of cchc-model carries its own Jackson annotations; nothing else to add.
  }
}

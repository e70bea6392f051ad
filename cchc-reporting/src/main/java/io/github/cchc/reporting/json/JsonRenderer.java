package io.github.cchc.reporting.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.cchc.reporting.model.Report;
import io.github.cchc.reporting.render.ReportRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Writes a {@link Report} as JSON (UTF-8, indented) and reads it back. Numbers are JSON numbers
 * written exactly as the model holds them (a count {@code 985}, a percentage {@code 98.5}), dates
 * ISO ({@code "2024-10-05"}), blocks tagged by {@code "type"}, absent optional fields left out. The
 * schema: {@link #SCHEMA_RESOURCE}.
 *
 * <pre>{@code
 * JsonRenderer json = new JsonRenderer();
 * byte[] bytes = json.toBytes(report);
 * Report back = json.read(new ByteArrayInputStream(bytes)); // equals report
 * }</pre>
 */
public final class JsonRenderer implements ReportRenderer {
  /** The class path resource of the JSON Schema of the output: {@value}. */
  public static final String SCHEMA_RESOURCE = "/io/github/cchc/reporting/json/report.schema.json";

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .addModule(new Jdk8Module())
          .defaultPropertyInclusion(
              JsonInclude.Value.construct(
                  JsonInclude.Include.NON_ABSENT, JsonInclude.Include.ALWAYS))
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .build();

  /** A JSON renderer. */
  public JsonRenderer() {}

  @Override
  public String extension() {
    return "json";
  }

  @Override
  public String mediaType() {
    return "application/json";
  }

  @Override
  public void render(Report report, OutputStream out) throws IOException {
    MAPPER.writeValue(out, report);
  }

  /**
   * Reads a report written by {@link #render(Report, OutputStream)}.
   *
   * @param in the JSON, UTF-8
   * @return the report
   * @throws IOException if the input is not a report
   */
  public Report read(InputStream in) throws IOException {
    return MAPPER.readValue(in, Report.class);
  }
}

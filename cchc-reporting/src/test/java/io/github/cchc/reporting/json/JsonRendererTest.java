package io.github.cchc.reporting.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cchc.reporting.SampleReports;
import io.github.cchc.reporting.model.Report;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class JsonRendererTest {
  @Test
  void theSampleRoundTripsToAnEqualReport() throws Exception {
    Report report = SampleReports.ranking();
    JsonRenderer json = new JsonRenderer();
    assertThat(json.read(new ByteArrayInputStream(json.toBytes(report)))).isEqualTo(report);
  }

  @Test
  void everyPropertyWrittenIsDocumentedInTheSchema() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode output = mapper.readTree(new JsonRenderer().toBytes(SampleReports.ranking()));
    JsonNode schema;
    try (InputStream in = JsonRenderer.class.getResourceAsStream(JsonRenderer.SCHEMA_RESOURCE)) {
      schema = mapper.readTree(in);
    }
    Set<String> written = new TreeSet<>();
    names(output, written, false);
    Set<String> documented = new TreeSet<>();
    names(schema, documented, true);
    assertThat(written)
        .contains("nationalTitle", "cells", "value", "series")
        .isSubsetOf(documented);
    assertThat(output.path("header").has("documentNumber")).isTrue();
    assertThat(
            output
                .path("sections")
                .get(0)
                .path("blocks")
                .get(1)
                .path("rows")
                .get(0)
                .path("cells")
                .get(0)
                .has("text"))
        .as("absent optionals are left out")
        .isFalse();
  }

  private static void names(JsonNode node, Set<String> out, boolean schema) {
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              e -> {
                if (!schema) {
                  out.add(e.getKey());
                } else if (e.getKey().equals("properties")) {
                  e.getValue().fieldNames().forEachRemaining(out::add);
                }
                names(e.getValue(), out, schema);
              });
    } else if (node.isArray()) {
      node.forEach(n -> names(n, out, schema));
    }
  }
}

package io.github.cchc.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cchc.model.plan.Target;

/**
 * The JSON object of one target, the public format of {@code cchc targets}: {@code {"text",
 * "subject", "comparator", "value", "unit", "baseYear"}}, in that order; value is a decimal string
 * or null, unit "%", "rank" or null, baseYear an integer or null.
 */
final class TargetJson {
  private TargetJson() {}

  static ObjectNode node(ObjectMapper mapper, Target t) {
    ObjectNode n = mapper.createObjectNode();
    n.put("text", t.text());
    n.put("subject", t.subject());
    n.put("comparator", t.comparator().name());
    if (t.value().isPresent()) {
      n.put("value", t.value().get().toPlainString());
    } else {
      n.putNull("value");
    }
    if (t.unit().isPresent()) {
      n.put("unit", t.unit().get().symbol());
    } else {
      n.putNull("unit");
    }
    if (t.baseYear().isPresent()) {
      n.put("baseYear", t.baseYear().getAsInt());
    } else {
      n.putNull("baseYear");
    }
    return n;
  }
}

package io.github.cchc.model.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The schema.org data a news page carries for search engines ({@code <script
 * type="application/ld+json">}, a {@code NewsArticle}): its {@code datePublished}, found in the
 * object, in a list of objects or in an {@code @graph}, read with Jackson.
 */
final class LinkedData {
  private LinkedData() {}

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The most JSON nodes looked at: a page's data is small, a hostile one is not read through. */
  private static final int MAX_NODES = 10_000;

  /**
   * The first {@code datePublished} of the data, as written; empty when it has none or is not JSON.
   */
  static Optional<String> datePublished(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json.strip());
    } catch (JsonProcessingException notJson) {
      return Optional.empty();
    }
    Deque<JsonNode> todo = new ArrayDeque<>();
    if (root != null) {
      todo.add(root);
    }
    for (int seen = 0; !todo.isEmpty() && seen < MAX_NODES; seen++) {
      JsonNode n = todo.poll();
      JsonNode d = n.get("datePublished");
      if (d != null && d.isTextual()) {
        return Optional.of(d.asText());
      }
      if (n.isContainerNode()) {
        n.forEach(todo::add);
      }
    }
    return Optional.empty();
  }
}

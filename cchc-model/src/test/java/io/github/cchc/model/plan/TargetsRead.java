package io.github.cchc.model.plan;

import java.util.List;

/** The targets of a text as comparator and value ("GE 80"), the way the goal tests compare them. */
final class TargetsRead {
  private TargetsRead() {}

  /** Targets as a news page's reader takes them: results by default. */
  static List<String> page(String text) {
    return TargetExtractor.extract(text, true).stream()
        .map(t -> t.comparator() + " " + t.value().map(Object::toString).orElse("-"))
        .toList();
  }

  /** Targets of a whole page read as any document is, its header and headline first. */
  static List<String> article(String text) {
    return PlanReader.readAnyText("page.txt", text).targets().stream()
        .map(t -> t.comparator() + " " + t.value().map(Object::toString).orElse("-"))
        .toList();
  }
}

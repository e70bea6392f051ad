package io.github.cchc.model.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the plan parser needs from a document's header: plan or not, article or not, title. */
record PlanHeaderInfo(
    boolean plan, boolean article, Optional<String> title, Optional<Integer> year, String reason) {

  /** Reads the header from the paragraphs of a document. */
  static PlanHeaderInfo of(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (Fold.fold(lines.get(i)).equals("ke hoach")) {
        int j = i + 1;
        while (j < lines.size() && lines.get(j).isBlank()) {
          j++;
        }
        List<String> title = new ArrayList<>();
        while (j < lines.size() && !lines.get(j).isBlank() && title.size() < 4) {
          title.add(lines.get(j).strip());
          j++;
        }
        Optional<String> t =
            title.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", title));
        return new PlanHeaderInfo(true, false, t, t.flatMap(PlanParser::yearOf), "");
      }
    }
    int seen = 0;
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      if (Fold.fold(line).startsWith("ke hoach ")) {
        String t = line.strip();
        return new PlanHeaderInfo(true, true, Optional.of(t), PlanParser.yearOf(t), "");
      }
      if (++seen >= 5) {
        break;
      }
    }
    return new PlanHeaderInfo(
        false,
        false,
        Optional.empty(),
        Optional.empty(),
        "no \"KẾ HOẠCH\" heading and no headline \"Kế hoạch ...\" in the first lines");
  }
}

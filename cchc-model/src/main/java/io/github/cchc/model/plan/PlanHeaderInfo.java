package io.github.cchc.model.plan;

import io.github.cchc.model.document.DocumentHeader;
import io.github.cchc.model.document.DocumentType;
import io.github.cchc.model.text.PartialDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the plan parser needs from a document's header: plan or not, article or not, title, year;
 * from {@link DocumentHeader}, with a fallback on the lines around a "KẾ HOẠCH" heading.
 */
record PlanHeaderInfo(
    boolean plan,
    boolean article,
    Optional<String> title,
    Optional<Integer> year,
    String reason,
    Optional<DocumentHeader> header) {

  /** Reads the header from the lines of a document. */
  static PlanHeaderInfo of(List<String> lines, DocumentHeader header) {
    PlanHeaderInfo own = of(lines);
    Optional<DocumentType> type = header.documentType();
    if (type.isPresent() && type.get() != DocumentType.KE_HOACH) {
      return new PlanHeaderInfo(
          false,
          header.article(),
          header.title(),
          Optional.empty(),
          "the document is a " + type.get().fullName() + ", not a Kế hoạch",
          Optional.of(header));
    }
    boolean plan = type.isPresent() || own.plan();
    Optional<String> title = header.title().isPresent() ? header.title() : own.title();
    Optional<Integer> year = title.flatMap(PlanParser::yearOf);
    if (year.isEmpty() && !header.article()) {
      year = header.date().map(PartialDate::year);
    }
    return new PlanHeaderInfo(
        plan,
        header.article() || own.article(),
        title,
        year,
        plan ? "" : own.reason(),
        Optional.of(header));
  }

  /** Reads the header from the lines of a document, without {@link DocumentHeader}. */
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
        return new PlanHeaderInfo(
            true, false, t, t.flatMap(PlanParser::yearOf), "", Optional.empty());
      }
    }
    int seen = 0;
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      if (Fold.fold(line).startsWith("ke hoach ")) {
        String t = line.strip();
        return new PlanHeaderInfo(
            true, true, Optional.of(t), PlanParser.yearOf(t), "", Optional.empty());
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
        "no \"KẾ HOẠCH\" heading and no headline \"Kế hoạch ...\" in the first lines",
        Optional.empty());
  }
}

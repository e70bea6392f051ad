package io.github.cchc.model.document;

import org.jspecify.annotations.Nullable;

/**
 * A type's name of two words or more whose spaces a copy lost: "Quyếtđịnh số 1658/QĐ-BKHĐT" (Báo
 * cáo 1377/BC-BNN-TCTL of 2014 on luatminhkhue, whose text also has "ngày31/5/2013"), as a copy
 * glues "vàkế", "tháng11" or "TRIỂNKHAI". No Vietnamese syllable ends where a type's first word
 * does and goes on with the next, so the glued form names the type only.
 */
final class GluedName {
  private GluedName() {}

  /** The fewest letters of a glued name: shorter ones ("vanban" aside) are too like words. */
  private static final int MIN_LENGTH = 6;

  /**
   * The folded name without its spaces ("quyetdinh" for "quyet dinh"), or null when the name is one
   * word or too short.
   */
  static @Nullable String of(String foldedName) {
    if (foldedName.indexOf(' ') < 0) {
      return null;
    }
    String glued = foldedName.replace(" ", "");
    return glued.length() < MIN_LENGTH ? null : glued;
  }
}

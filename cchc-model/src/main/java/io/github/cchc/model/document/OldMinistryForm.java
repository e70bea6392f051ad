package io.github.cchc.model.document;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A ministry's number of the 1990s in the old hyphen form with two slashes: the number, a hyphen,
 * the ministry's code, its type after a slash and the code of the department that drafted it after
 * another: "1141-TC/QĐ/CĐKT" (Quyết định of the Bộ Tài chính, 1995, drafted by its Chế độ kế toán
 * department), "1296-TC/QĐ/CĐKT" (1996). It is the form before 1992 ({@link
 * DocumentNumber#legacy()}, "15-BTC/TT") with a unit after the type; the one-slash form of the same
 * ministry ("60-TC/CĐKT", "74-TC/TCT") reads as before.
 */
final class OldMinistryForm {
  private OldMinistryForm() {}

  /**
   * The number {@code text[start, end)} when, at {@code slash}, after the issuer code {@code
   * issuer}, it goes on with "/TYPE/UNIT" (a type abbreviation, then one or more codes after
   * slashes); null otherwise.
   */
  static @Nullable DocumentNumber read(
      String text, int start, int end, int number, String suffix, String issuer, int slash) {
    if (slash >= end || text.charAt(slash) != '/') {
      return null;
    }
    String[] parts = text.substring(slash + 1, end).split("/", -1);
    if (parts.length < 2 || DocumentType.fromAbbreviation(parts[0]).isEmpty()) {
      return null;
    }
    List<String> units = new ArrayList<>();
    for (int i = 1; i < parts.length; i++) {
      if (!NumberParser.isCode(parts[i]) || DocumentType.fromAbbreviation(parts[i]).isPresent()) {
        return null;
      }
      units.add(parts[i]);
    }
    return DocumentNumber.builder()
        .asWritten(text.substring(start, end))
        .number(number)
        .numberSuffix(suffix)
        .issuerCode(issuer)
        .typeCode(parts[0])
        .addAllUnitCodes(units)
        .legacy(true)
        .build();
  }
}

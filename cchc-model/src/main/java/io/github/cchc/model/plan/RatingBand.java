package io.github.cchc.model.plan;

import java.util.regex.Pattern;

/**
 * A band of a rating named by its number and, in brackets, its name: "Chỉ số PAPI tiếp tục trong
 * nhóm 1 (nhóm cao) của cả nước" (hanoidep on Hà Nội's plan for PAR INDEX, SIPAS and PAPI 2024):
 * PAPI's provinces fall in four bands, "nhóm cao", "nhóm trung bình cao", "nhóm trung bình thấp",
 * "nhóm thấp", and "nhóm 1" is the highest of them, not a place within the first one. A group
 * without its band's name ("trong nhóm 10 tỉnh dẫn đầu", "nhóm 1 (đứng đầu)") stays a rank.
 */
final class RatingBand {
  private RatingBand() {}

  /** The band's name in brackets right after its number, on folded text: " (nhóm cao)". */
  private static final Pattern NAMED =
      Pattern.compile("\\s*\\(\\s?nhom\\s+(?:cao|thap|trung\\s+binh|kha|yeu)\\b");

  /** Whether the rank found up to {@code end} of the folded sentence is a rating's band. */
  static boolean is(String folded, int end) {
    return NAMED.matcher(folded).region(end, folded.length()).lookingAt();
  }
}

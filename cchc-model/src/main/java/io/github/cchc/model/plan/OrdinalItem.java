package io.github.cchc.model.plan;

import java.util.regex.Pattern;

/**
 * The next item of a list counted in words ("Một là, …", "Hai là, …", "Ba là, …"), the way a
 * strategy or a resolution lists its goals or tasks: "Chiến lược đề ra 11 mục tiêu cụ thể. Một là,
 * phấn đấu tốc độ tăng dân số ở mức khoảng 1% …. Hai là, nâng cao sức khỏe, giảm bệnh, tật và tử
 * vong trẻ em …. Cụ thể, giảm tỷ suất chết trẻ em dưới 5 tuổi xuống 19,3% vào năm 2015 …"
 * (baokhanhhoa on the population strategy 2011-2020). An item after "Một là" is no new sentence of
 * its own but the list's next member: it sets goals when the item before it did, as a sentence
 * opening on "Cụ thể, …" or "Trong đó, …" goes on with the one before it.
 */
final class OrdinalItem {
  private OrdinalItem() {}

  /**
   * An item counted from the second on, on folded text: "hai là", "ba là", … "mười là", "mười một
   * là" (the first, "một là", opens a list and goes on with nothing), followed by its comma or
   * colon.
   */
  private static final Pattern NEXT =
      Pattern.compile(
          "^(?:[-–•+*]\\s*)?(?:muoi\\s+)?(?:hai|ba|bon|tu|nam|sau|bay|tam|chin|muoi|mot)\\s+la\\s*[,:]");

  /** True when the (folded) sentence opens on the second or a later item of a counted list. */
  static boolean next(String folded) {
    return NEXT.matcher(folded).lookingAt() && !folded.startsWith("mot ");
  }
}

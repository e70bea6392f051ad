package io.github.cchc.model.plan;

import java.util.regex.Pattern;

/**
 * A relative clause in the passive after a figure, "đã được …", that goes on to a "được" of the
 * figure's own clause: "60% các hệ thống thông tin của tỉnh có liên quan đến người dân, doanh
 * nghiệp đã được đưa vào vận hành, khai thác được kết nối, liên thông qua nền tảng tích hợp, chia
 * sẻ dữ liệu" (vietnamnet.vn on Bình Dương's plan of digital transformation to 2025): the systems
 * put into operation are to be connected, as in the active "đã đưa vào vận hành, khai thác được kết
 * nối" ({@link ResultWords#withoutRelativePast}). A "được" after "và" or "hoặc" goes on with the
 * same verb ("100% hồ sơ đã được tiếp nhận và được giải quyết đúng hạn" reports).
 */
final class PassiveThenOwnDuoc {
  /**
   * A further "được" after at least one word, not after "và" or "hoặc", on folded text (the clause
   * after the passive's own "được").
   */
  private static final Pattern OWN_DUOC =
      Pattern.compile("^\\s*\\p{L}[^;]*?(?<!\\bva\\s)(?<!\\bhoac\\s)(?<!\\p{L})duoc(?!\\p{L})");

  private PassiveThenOwnDuoc() {}

  /**
   * True when the (folded) rest of a clause after the passive's "được" goes on to a "được" of its
   * own.
   */
  static boolean goesOn(String rest) {
    return OWN_DUOC.matcher(rest).find();
  }
}

package io.github.cchc.model.plan;

import java.util.List;
import java.util.Optional;

/**
 * The areas (lĩnh vực) of administrative reform, as the PAR INDEX and the plans group their tasks
 * (DOMAIN.md §7): seven areas for ministries and provinces, plus the impact area of the provincial
 * index.
 *
 * <pre>{@code
 * ReformArea.find("II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH");   // Optional[ADMINISTRATIVE_PROCEDURES]
 * ReformArea.DIGITAL_GOVERNMENT.vietnameseName();      // "Xây dựng và phát triển chính quyền điện tử, chính quyền số"
 * }</pre>
 */
public enum ReformArea {
  /** Công tác chỉ đạo, điều hành cải cách hành chính. */
  DIRECTION(
      "Công tác chỉ đạo, điều hành cải cách hành chính",
      List.of("chi dao, dieu hanh", "chi dao dieu hanh", "chi dao va dieu hanh")),
  /** Cải cách thể chế. */
  INSTITUTIONS("Cải cách thể chế", List.of("cai cach the che", "the che")),
  /** Cải cách thủ tục hành chính (TTHC). */
  ADMINISTRATIVE_PROCEDURES("Cải cách thủ tục hành chính", List.of("thu tuc hanh chinh", "tthc")),
  /** Cải cách tổ chức bộ máy hành chính nhà nước. */
  ORGANISATION("Cải cách tổ chức bộ máy hành chính nhà nước", List.of("to chuc bo may", "bo may")),
  /** Cải cách chế độ công vụ (and công chức, viên chức). */
  CIVIL_SERVICE("Cải cách chế độ công vụ", List.of("che do cong vu", "cong vu")),
  /** Cải cách tài chính công. */
  PUBLIC_FINANCE("Cải cách tài chính công", List.of("tai chinh cong")),
  /**
   * Xây dựng và phát triển chính quyền điện tử, chính quyền số (Chính phủ điện tử, Chính phủ số).
   */
  DIGITAL_GOVERNMENT(
      "Xây dựng và phát triển chính quyền điện tử, chính quyền số",
      List.of(
          "chinh quyen dien tu",
          "chinh quyen so",
          "chinh phu dien tu",
          "chinh phu so",
          "chuyen doi so",
          "hien dai hoa hanh chinh")),
  /** Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội. */
  IMPACT(
      "Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội",
      List.of("tac dong cua cai cach", "tac dong cua cchc"));

  private final String vietnameseName;
  private final List<String> keys;

  ReformArea(String vietnameseName, List<String> keys) {
    this.vietnameseName = vietnameseName;
    this.keys = keys;
  }

  /** Returns the name in Vietnamese, as in the PAR INDEX. */
  public String vietnameseName() {
    return vietnameseName;
  }

  /**
   * Finds the area a heading or a phrase names ("II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "Về cải cách thể
   * chế"); matching ignores case and diacritics. The first area whose key phrase occurs wins, in
   * declaration order, except that a longer match is preferred.
   *
   * @param text a heading or phrase
   * @return the area, or empty if none is named
   */
  public static Optional<ReformArea> find(CharSequence text) {
    String f = Fold.fold(text);
    ReformArea best = null;
    int bestLength = 0;
    for (ReformArea a : values()) {
      for (String k : a.keys) {
        if (f.contains(k) && k.length() > bestLength) {
          best = a;
          bestLength = k.length();
        }
      }
    }
    return Optional.ofNullable(best);
  }
}

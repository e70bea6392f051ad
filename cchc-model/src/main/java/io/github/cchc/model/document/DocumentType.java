package io.github.cchc.model.document;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.cchc.model.CchcParseException;
import io.github.cchc.model.text.VietnameseText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The type (tên loại) of an official document, with its abbreviation in the symbol (Nghị định
 * 30/2020/NĐ-CP, Phụ lục III) and its full Vietnamese name.
 *
 * <pre>{@code
 * DocumentType.parse("QĐ");            // QUYET_DINH
 * DocumentType.parse("KẾ HOẠCH");      // KE_HOACH
 * DocumentType.KE_HOACH.fullName();    // "Kế hoạch"
 * DocumentType.CONG_VAN.abbreviation(); // Optional.empty(): a công văn has none
 * }</pre>
 *
 * <p>JSON form: the full name ("Kế hoạch"); either form is read.
 */
public enum DocumentType {
  /** Nghị quyết, NQ. */
  NGHI_QUYET("NQ", "Nghị quyết"),
  /** Quyết định, QĐ. */
  QUYET_DINH("QĐ", "Quyết định"),
  /** Chỉ thị, CT. */
  CHI_THI("CT", "Chỉ thị"),
  /** Quy chế, QC. */
  QUY_CHE("QC", "Quy chế"),
  /** Quy định, QyĐ. */
  QUY_DINH("QyĐ", "Quy định"),
  /** Thông cáo, TC. */
  THONG_CAO("TC", "Thông cáo"),
  /** Thông báo, TB. */
  THONG_BAO("TB", "Thông báo"),
  /** Hướng dẫn, HD. */
  HUONG_DAN("HD", "Hướng dẫn"),
  /** Chương trình, CTr (also "Chương trình hành động" of a Party committee). */
  CHUONG_TRINH("CTr", "Chương trình", "Chương trình hành động"),
  /**
   * Kế hoạch, KH (also "Kế hoạch hành động", the heading and the name of a plan of action: "KẾ
   * HOẠCH HÀNH ĐỘNG" over Kế hoạch 334/KH-UBND of Lạng Sơn, "Kế hoạch hành động 334/KH-UBND").
   */
  KE_HOACH("KH", "Kế hoạch", "Kế hoạch hành động"),
  /** Phương án, PA. */
  PHUONG_AN("PA", "Phương án"),
  /** Đề án, ĐA. */
  DE_AN("ĐA", "Đề án"),
  /** Dự án, DA. */
  DU_AN("DA", "Dự án"),
  /** Báo cáo, BC. */
  BAO_CAO("BC", "Báo cáo"),
  /** Biên bản, BB. */
  BIEN_BAN("BB", "Biên bản"),
  /** Tờ trình, TTr. */
  TO_TRINH("TTr", "Tờ trình"),
  /** Hợp đồng, HĐ. */
  HOP_DONG("HĐ", "Hợp đồng"),
  /** Công văn: no abbreviation, the symbol is issuer and unit ("5942/UBND-KSTT"). */
  CONG_VAN(null, "Công văn"),
  /** Công điện, CĐ. */
  CONG_DIEN("CĐ", "Công điện"),
  /** Bản ghi nhớ, BGN. */
  BAN_GHI_NHO("BGN", "Bản ghi nhớ"),
  /** Bản thỏa thuận, BTT. */
  BAN_THOA_THUAN("BTT", "Bản thỏa thuận", "Bản thoả thuận"),
  /** Giấy ủy quyền, GUQ. */
  GIAY_UY_QUYEN("GUQ", "Giấy ủy quyền", "Giấy uỷ quyền"),
  /** Giấy mời, GM. */
  GIAY_MOI("GM", "Giấy mời"),
  /** Giấy giới thiệu, GGT. */
  GIAY_GIOI_THIEU("GGT", "Giấy giới thiệu"),
  /** Giấy nghỉ phép, GNP. */
  GIAY_NGHI_PHEP("GNP", "Giấy nghỉ phép"),
  /** Phiếu gửi, PG. */
  PHIEU_GUI("PG", "Phiếu gửi"),
  /** Phiếu chuyển, PC. */
  PHIEU_CHUYEN("PC", "Phiếu chuyển"),
  /** Phiếu báo, PB. */
  PHIEU_BAO("PB", "Phiếu báo"),
  /**
   * Phiếu trình, PT: the internal submission form by which an office puts an incoming document to
   * its leaders ("PHIẾU TRÌNH" under "UBND TỈNH LÂM ĐỒNG / VĂN PHÒNG", "Số: 105/PT-NC"); not in the
   * list of Nghị định 30/2020, its symbol is the office's own.
   */
  PHIEU_TRINH("PT", "Phiếu trình"),
  /** Kết luận, KL (Party and State conclusions). */
  KET_LUAN("KL", "Kết luận"),
  /** Nghị định, NĐ (legal document of the Government). */
  NGHI_DINH("NĐ", "Nghị định"),
  /** Thông tư, TT (legal document of a ministry). */
  THONG_TU("TT", "Thông tư"),
  /** Thông tư liên tịch, TTLT. */
  THONG_TU_LIEN_TICH("TTLT", "Thông tư liên tịch"),
  /** Luật: named, the symbol is the year and the legislature ("45/2019/QH14"). */
  LUAT(null, "Luật"),
  /** Bộ luật: a code ("45/2019/QH14", Bộ luật Lao động). */
  BO_LUAT(null, "Bộ luật"),
  /**
   * Pháp lệnh, PL: a legal document of the Standing Committee of the National Assembly ("Pháp lệnh
   * Quảng cáo số 39/2001/PL-UBTVQH").
   */
  PHAP_LENH("PL", "Pháp lệnh"),
  /** Lệnh, L: an order of the President that promulgates a law ("Lệnh số 05/2019/L-CTN"). */
  LENH("L", "Lệnh"),
  /**
   * Văn bản hợp nhất, VBHN: a text consolidating a legal document with the documents that amended
   * it, authenticated by the body that issued it or by the Office of the National Assembly ("Số:
   * 22/VBHN-BTC", "111/VBHN-VPQH"); its own header is the authentication block at its end, under
   * "XÁC THỰC VĂN BẢN HỢP NHẤT".
   */
  VAN_BAN_HOP_NHAT("VBHN", "Văn bản hợp nhất");

  private static final Map<String, DocumentType> BY_ABBREVIATION = new HashMap<>();
  private static final Map<String, DocumentType> BY_FOLDED_NAME = new HashMap<>();
  private static final List<Map.Entry<String, DocumentType>> NAMES_LONGEST_FIRST;

  static {
    List<Map.Entry<String, DocumentType>> names = new ArrayList<>();
    for (DocumentType t : values()) {
      if (t.abbreviation != null) {
        BY_ABBREVIATION.put(t.abbreviation, t);
      }
      for (String name : t.names) {
        String folded = VietnameseText.fold(name);
        BY_FOLDED_NAME.put(folded, t);
        names.add(Map.entry(folded, t));
      }
    }
    names.sort(
        Comparator.comparingInt((Map.Entry<String, DocumentType> e) -> e.getKey().length())
            .reversed());
    NAMES_LONGEST_FIRST = Collections.unmodifiableList(names);
  }

  private final @Nullable String abbreviation;
  private final String fullName;
  private final List<String> names;

  DocumentType(@Nullable String abbreviation, String fullName, String... aliases) {
    this.abbreviation = abbreviation;
    this.fullName = fullName;
    List<String> all = new ArrayList<>();
    all.add(fullName);
    all.addAll(List.of(aliases));
    this.names = List.copyOf(all);
  }

  /** Returns the abbreviation used in document symbols ("KH"), empty for Công văn and Luật. */
  public Optional<String> abbreviation() {
    return Optional.ofNullable(abbreviation);
  }

  /** Returns the full Vietnamese name, "Kế hoạch". */
  @JsonValue
  public String fullName() {
    return fullName;
  }

  /**
   * Returns the type with this symbol abbreviation, matched exactly ("QĐ", "CTr", "NĐ").
   *
   * @param abbreviation the abbreviation
   * @return the type, or empty if no type has it
   */
  public static Optional<DocumentType> fromAbbreviation(CharSequence abbreviation) {
    return Optional.ofNullable(BY_ABBREVIATION.get(VietnameseText.nfc(abbreviation)));
  }

  /**
   * Parses an abbreviation ("QĐ") or a full name in any case, with or without diacritics ("Quyết
   * định", "KẾ HOẠCH", "ke hoach", "Chương trình hành động").
   *
   * @param text the abbreviation or name
   * @return the type
   * @throws CchcParseException if no type has this abbreviation or name
   */
  @JsonCreator
  public static DocumentType parse(CharSequence text) {
    String s = VietnameseText.nfc(text).strip();
    DocumentType t = BY_ABBREVIATION.get(s);
    if (t == null) {
      t = BY_FOLDED_NAME.get(VietnameseText.fold(s).replaceAll("\\s+", " "));
    }
    if (t == null) {
      throw new CchcParseException(text, 0, "unknown document type \"" + s + "\"");
    }
    return t;
  }

  /** Every folded name (full names and aliases), longest first, for scanning text. */
  static List<Map.Entry<String, DocumentType>> foldedNamesLongestFirst() {
    return NAMES_LONGEST_FIRST;
  }

  @Override
  public String toString() {
    return fullName;
  }
}

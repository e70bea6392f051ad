package io.github.cchc.indicators.io;

import java.util.List;

/**
 * The fields of a dossier export, with the headers of the default export shape in Vietnamese and
 * English (see the package description).
 *
 * <pre>{@code
 * DossierField.RECEIVED.vietnameseHeader();  // "Ngày tiếp nhận"
 * DossierField.RECEIVED.englishHeader();     // "received_at"
 * }</pre>
 */
public enum DossierField {
  /** Mã hồ sơ. */
  ID("Mã hồ sơ", "dossier_id", true),
  /** Mã thủ tục. */
  PROCEDURE_CODE("Mã thủ tục", "procedure_code", true),
  /** Tên thủ tục. */
  PROCEDURE_NAME("Tên thủ tục", "procedure_name", false),
  /** Cơ quan giải quyết. */
  AGENCY("Cơ quan giải quyết", "agency", true),
  /** Hình thức nộp. */
  CHANNEL("Hình thức nộp", "channel", true),
  /** Mức độ dịch vụ công. */
  ONLINE_LEVEL("Mức độ dịch vụ công", "online_level", false),
  /** Ngày tiếp nhận. */
  RECEIVED("Ngày tiếp nhận", "received_at", true),
  /** Ngày hẹn trả. */
  DUE("Ngày hẹn trả", "due_at", true),
  /** Ngày có kết quả. */
  FINISHED("Ngày có kết quả", "finished_at", false),
  /** Ngày trả kết quả. */
  RETURNED("Ngày trả kết quả", "returned_at", false),
  /** Trạng thái. */
  STATUS("Trạng thái", "status", false),
  /** Tạm dừng. */
  PAUSES("Tạm dừng", "pauses", false),
  /** Thanh toán trực tuyến. */
  ONLINE_PAYMENT("Thanh toán trực tuyến", "online_payment", false),
  /** Số hóa hồ sơ. */
  INPUT_DIGITISED("Số hóa hồ sơ", "input_digitised", false),
  /** Số hóa kết quả. */
  RESULT_DIGITISED("Số hóa kết quả", "result_digitised", false);

  static final List<DossierField> ALL = List.of(values());

  private final String vietnameseHeader;
  private final String englishHeader;
  private final boolean required;

  DossierField(String vietnameseHeader, String englishHeader, boolean required) {
    this.vietnameseHeader = vietnameseHeader;
    this.englishHeader = englishHeader;
    this.required = required;
  }

  /** Returns the Vietnamese header of the default export ("Mã hồ sơ"). */
  public String vietnameseHeader() {
    return vietnameseHeader;
  }

  /** Returns the English header of the default export ("dossier_id"), also its key in mappings. */
  public String englishHeader() {
    return englishHeader;
  }

  /** Returns whether an export must have this column. */
  public boolean isRequired() {
    return required;
  }
}

package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A photo's caption ends no goals ({@link PhotoCaption}). */
class PhotoCaptionTest {

  private static List<String> read(String text) {
    return PlanReader.readAnyText("page.txt", text).targets().stream()
        .map(TargetLines::of)
        .toList();
  }

  @Test
  void theGoalsOfAPlanGoOnAcrossAPhotosCaption() {
    // vietnamnet.vn, "Lạng Sơn ban hành kế hoạch chuyển đổi số năm 2025" (corpus unseen25)
    String text =
        "Về mục tiêu cụ thể, Lạng Sơn phấn đấu 100% hồ sơ công việc các cấp được xử lý trực tuyến"
            + " và ứng dụng chữ ký số chuyên dùng trên môi trường mạng (trừ hồ sơ công việc thuộc"
            + " phạm vi mật).\n\n"
            + "Phấn đấu tỷ trọng doanh thu thương mại điện tử trong tổng mức bán lẻ đạt 7%. Triển"
            + " khai cung cấp 100% hàng hóa và dịch vụ được chứng nhận OCOP từ 3 sao trở lên có mặt"
            + " trên các sàn thương mại điện tử.\n\n"
            + "Chương trình phổ cập kỹ năng số cộng đồng được tổ chức tại TP. Lạng Sơn. Ảnh: Đ.X\n\n"
            + "100% các sự kiện văn hóa, du lịch của tỉnh được truyền thông số trên mạng xã hội.";
    assertThat(read(text))
        .containsExactly("EQ 100 PERCENT", "GE 7 PERCENT", "EQ 100 PERCENT", "EQ 100 PERCENT");
  }

  @Test
  void aCaptionWithItsCreditInBracketsIsOneAndItsOwnGoalIsStillRead() {
    // a realistic variant: the credit in brackets ("(Ảnh: Ngọc Thắng)", tphcm.dangcongsan.vn); the
    // caption's own goal is read as before (infonet's Kon Tum page, corpus unseen31)
    String text =
        "Theo đó, đến năm 2025, tỉnh phấn đấu 100% hồ sơ công việc được xử lý trên môi trường"
            + " mạng.\n"
            + "Kon Tum đặt mục tiêu phấn đấu giảm tỷ lệ hộ nghèo toàn tỉnh từ 3-4%/năm. (Ảnh:"
            + " Kontumtv)\n"
            + "95% hồ sơ công việc cấp xã được xử lý trên môi trường mạng.";
    assertThat(read(text)).containsExactly("EQ 100 PERCENT", "GE 3 PERCENT", "GE 95 PERCENT");
  }

  @Test
  void aCaptionIsToldByItsClosingCreditOnly() {
    assertThat(
            PhotoCaption.is(
                "nguoi dan lam thu tuc hanh chinh tai so tu phap tp.hcm. anh: hoang giang"))
        .isTrue();
    assertThat(PhotoCaption.is("tp.hcm phan dau den nam 2030 thanh do thi thong minh - anh 1"))
        .isTrue();
    assertThat(PhotoCaption.is("anh minh hoa (anh: ngoc thang)")).isTrue();
    // counter-examples: a credit inside the line, a sentence ending on the word "ảnh" (image)
    assertThat(PhotoCaption.is("anh: vgp. thu tuong chu tri phien hop chinh phu thuong ky."))
        .isFalse();
    assertThat(PhotoCaption.is("100% co quan su dung he thong quan ly hinh anh")).isFalse();
  }

  @Test
  void aBareShareAfterACaptionThatFollowsResultsStaysAResult() {
    // counter-example: no goal before the caption, nothing for it to carry
    String text =
        "Năm 2024, tỷ lệ hồ sơ giải quyết đúng hạn của tỉnh đạt 98,5%.\n"
            + "Người dân làm thủ tục hành chính tại Trung tâm Phục vụ hành chính công. Ảnh: T.L\n"
            + "95% hồ sơ được tiếp nhận trực tuyến.";
    assertThat(read(text)).isEmpty();
  }

  @Test
  void aCaptionOpeningTheTextLeavesItsFirstSentenceToTheLineAfterIt() {
    // tphcm.dangcongsan.vn on the city's 2025 population plan (corpus unseen24): "Theo đó, …"
    // opens the text's account of the plan though a caption stands above it
    String text =
        "Ảnh minh họa (Ảnh: Ngọc Thắng)\n"
            + "Theo đó, Thành phố sẽ duy trì tỷ số giới tính khi sinh từ 103 đến 107 bé trai/100 bé"
            + " gái (tốc độ tăng tỷ số giới tính khi sinh không quá 0,4%); tỷ lệ bà mẹ mang thai được"
            + " sàng lọc trước sinh là 80%; tỷ lệ trẻ em mới sinh được sàng lọc sơ sinh là 80%; tăng"
            + " tỷ lệ người cao tuổi được khám sức khỏe định kỳ ít nhất 1 lần/năm là 15%.\n"
            + "Số người mới sử dụng các biện pháp tránh thai hiện đại là 445.730 người; 90% vị"
            + " thành niên/thanh niên từ 15 - 24 tuổi và nam, nữ chuẩn bị kết hôn được cung cấp"
            + " thông tin, tư vấn về nội dung tư vấn, khám sức khỏe tiền hôn nhân; mỗi phường, xã,"
            + " thị trấn vận động xã hội hóa 2 cặp nam, nữ chuẩn bị kết hôn tham gia khám sức khỏe"
            + " tiền hôn nhân; quản lý, cập nhật 100% số bà mẹ mang thai, số trẻ sinh sống thực tế"
            + " cư trú tại địa bàn.";
    assertThat(read(text))
        .containsExactly(
            "LE 0.4 PERCENT",
            "GE 80 PERCENT",
            "GE 80 PERCENT",
            "GE 15 PERCENT",
            "GE 90 PERCENT",
            "EQ 100 PERCENT");
  }

  @Test
  void aCaptionOpeningTheTextMakesNoAccountOfResults() {
    // counter-example: results under a caption stay results
    String text =
        "Người dân làm thủ tục tại Trung tâm Phục vụ hành chính công. (Ảnh: TTXVN)\n"
            + "Năm 2024, tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,5%.\n"
            + "95% hồ sơ được tiếp nhận trực tuyến.";
    assertThat(read(text)).isEmpty();
  }

  @Test
  void anImagesNameGluedBeforeItsCaptionIsNoSentence() {
    // dantocmiennui on An Giang's poverty plan (unseen51): the headline as the image's name, its
    // number, then the caption closed by its credit
    String caption =
        "An Giang phấn đấu giảm tỷ lệ hộ nghèo dân tộc thiểu số từ 3-4%/năm  ảnh 1Người dân xã"
            + " Nhơn Hưng, huyện Tịnh Biên (An Giang) tranh thủ hái bông súng đồng kiếm thêm thu"
            + " nhập vào mùa nước nổi. Ảnh: Công Mạo - TTXVN";
    assertThat(PhotoCaption.withoutImageName(caption))
        .startsWith("Người dân xã Nhơn Hưng")
        .endsWith("TTXVN");
    assertThat(TargetsRead.page(caption)).isEmpty();
    // a line with a photo's number but no caption closed by a credit after it is kept whole
    String noCaption =
        "An Giang phấn đấu giảm tỷ lệ hộ nghèo dân tộc thiểu số từ 3-4%/năm ảnh 1Người dân xã"
            + " Nhơn Hưng tranh thủ hái bông súng.";
    assertThat(PhotoCaption.withoutImageName(noCaption)).isEqualTo(noCaption);
  }
}

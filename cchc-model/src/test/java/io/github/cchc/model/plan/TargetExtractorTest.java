package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.cchc.model.quantity.Percentage;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every target sentence of seed 001 (Bình Phước, Kế hoạch CCHC 2024), with the real text. */
class TargetExtractorTest {

  private static Target only(String sentence) {
    List<Target> targets = TargetExtractor.extract(sentence);
    assertThat(targets).as("targets of: %s", sentence).hasSize(1);
    return targets.get(0);
  }

  private static void threshold(Target t, Comparison c, String value) {
    assertThat(t.comparator()).isEqualTo(c);
    assertThat(t.value()).contains(new BigDecimal(value));
    assertThat(t.unit()).contains(TargetUnit.PERCENT);
    assertThat(t.baseYear()).isEmpty();
  }

  @Test
  void hoanThanh100PhanTramNhiemVu() {
    Target t = only("Hoàn thành 100% nhiệm vụ của Kế hoạch CCHC Nhà nước đã đề ra.");
    threshold(t, Comparison.EQ, "100");
    assertThat(t.subject()).isEqualTo("nhiệm vụ của Kế hoạch CCHC Nhà nước đã đề ra");
    assertThat(t.indicator()).contains(Target.TASKS_DONE);
    assertThat(t.additionalIndicators()).isEmpty();
  }

  @Test
  void tu30PhanTramTroLenDuocKiemTra() {
    Target t =
        only(
            "Từ 30% trở lên đối với các sở, ban, ngành, UBND các huyện, thị xã, thành phố được"
                + " kiểm tra CCHC và kết hợp kiểm tra về: cải cách thể chế, cải cách thủ tục hành"
                + " chính (TTHC), cải cách tổ chức bộ máy, cải cách chế độ công vụ, công chức, cải"
                + " cách tài chính công, xây dựng chính quyền điện tử, chính quyền số, ISO hành"
                + " chính công.");
    threshold(t, Comparison.GE, "30");
    assertThat(t.subject()).startsWith("các sở, ban, ngành").contains("được kiểm tra CCHC");
  }

  @Test
  void tiepTucCaiThienHonSoVoiNam2023() {
    Target t =
        only(
            "Kết quả đánh giá Chỉ số PAR INDEX, SIPAS, PAPI, PCI, DTI năm 2024 tiếp tục cải thiện"
                + " hơn so với kết quả đánh giá năm 2023.");
    assertThat(t.comparator()).isEqualTo(Comparison.IMPROVE);
    assertThat(t.baseYear()).hasValue(2023);
    assertThat(t.year()).hasValue(2024);
    assertThat(t.value()).isEmpty();
    assertThat(t.unit()).isEmpty();
    assertThat(t.subject())
        .isEqualTo("Kết quả đánh giá Chỉ số PAR INDEX, SIPAS, PAPI, PCI, DTI năm 2024");
    // every index named: the target holds only when each of them improved
    assertThat(t.indicators()).containsExactly("par_index", "sipas", "papi", "pci", "dti");
  }

  @Test
  void indicesOfTheSamplePlanAndTheirRank() {
    Target improve =
        only(
            "Kết quả đánh giá Chỉ số PAR INDEX, SIPAS năm 2024 tiếp tục cải thiện hơn so với kết"
                + " quả đánh giá năm 2023.");
    assertThat(improve.indicator()).contains(Target.PAR_INDEX);
    assertThat(improve.additionalIndicators()).containsExactly(Target.SIPAS);
    Target rank = only("Chỉ số CCHC của tỉnh nằm trong nhóm 30 tỉnh, thành phố.");
    assertThat(rank.comparator()).isEqualTo(Comparison.RANK_WITHIN);
    assertThat(rank.indicators()).containsExactly(Target.PAR_INDEX_RANK);
    // the same words without an index: no indicator
    assertThat(only("Giá trị thu ngân sách nằm trong nhóm 30 tỉnh, thành phố.").indicator())
        .isEmpty();
    // an index named after what is counted is not about the index
    assertThat(
            only("100% cơ quan, đơn vị được đánh giá, xếp loại Chỉ số CCHC hằng năm.").indicator())
        .isEmpty();
    // "Chỉ số hài lòng ... (SIPAS)" names one index, not two
    assertThat(
            TargetExtractor.indicators(
                "Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính"
                    + " nhà nước (SIPAS)"))
        .containsExactly(Target.SIPAS);
  }

  @Test
  void tasksDoneOnTime() {
    Target t = only("Phấn đấu 100% nhiệm vụ được giao hoàn thành đúng thời hạn.");
    assertThat(t.indicator()).contains(Target.TASKS_ON_TIME);
  }

  @Test
  void oneHundredPercentSentencesAreAll() {
    String[] sentences = {
      "100% các cơ quan chuyên môn thuộc UBND tỉnh (cả Ban Quản lý Khu kinh tế), UBND các huyện,"
          + " thị xã, thành phố; UBND các xã, phường, thị trấn được đánh giá, xếp loại Chỉ số CCHC.",
      "100% văn bản quy phạm pháp luật được ban hành đúng trình tự, thủ tục, thẩm quyền và đảm bảo"
          + " chất lượng theo quy định của Luật ban hành văn bản quy phạm pháp luật và các văn bản"
          + " dưới luật hướng dẫn việc thực hiện.",
      "100% TTHC sửa đổi, bổ sung, bãi bỏ hoặc mới ban hành trong năm được công bố kịp thời đúng"
          + " quy định.",
      "100% TTHC công khai đầy đủ, kịp thời trên Cơ sở dữ liệu quốc gia về TTHC, trên Cổng dịch vụ"
          + " công tỉnh và website của các cơ quan, đơn vị, địa phương.",
      "100% hồ sơ TTHC đồng bộ, công khai trên Cổng dịch vụ công quốc gia.",
      "100% cơ quan chuyên môn thuộc UBND tỉnh và UBND các huyện, thị xã, thành phố bố trí công"
          + " chức, viên chức theo đúng vị trí việc làm được phê duyệt.",
      "100% cơ quan, đơn vị, địa phương thực hiện đúng quy định về quản lý, sử dụng tài sản công.",
      "100% văn bản, hồ sơ công việc được xử lý trên môi trường điện tử (trừ văn bản mật).",
      "100% TTHC trên địa bàn tỉnh có đủ điều kiện được cung cấp trực tuyến toàn trình.",
      "Hoàn thành 100% các chỉ tiêu phát triển kinh tế - xã hội do HĐND tỉnh giao."
    };
    for (String s : sentences) {
      Target t = only(s);
      threshold(t, Comparison.EQ, "100");
      // "TTHC công khai" is the published-procedures figure; the others have no indicator
      if (s.startsWith("100% TTHC công khai")) {
        assertThat(t.indicator()).as(s).contains(Target.PROCEDURES_PUBLISHED);
      } else {
        assertThat(t.indicator()).as(s).isEmpty();
      }
      assertThat(s).contains(t.subject());
      assertThat(t.text()).isEqualTo(s);
    }
    // procedures (TTHC), not dossiers: not the fully_online dossier rate
    Target procedures = only(sentences[8]);
    assertThat(procedures.scope())
        .contains("trên địa bàn tỉnh có đủ điều kiện được cung cấp trực tuyến toàn trình");
  }

  @Test
  void tren98PhanTramDungHanIsStrictlyGreater() {
    Target t =
        only(
            "Trên 98% hồ sơ TTHC tiếp nhận trong năm được giải quyết đúng hạn cho người dân, tổ"
                + " chức.");
    threshold(t, Comparison.GT, "98");
    assertThat(t.indicator()).contains(Target.ON_TIME);
    assertThat(t.subject())
        .isEqualTo(
            "hồ sơ TTHC tiếp nhận trong năm được giải quyết đúng hạn cho người dân, tổ chức");
    assertThat(t.isMetBy(Percentage.parse("98,81%"))).isTrue();
    assertThat(t.isMetBy(Percentage.parse("98%"))).isFalse();
  }

  @Test
  void tu80PhanTramTroLen() {
    Target t =
        only(
            "Từ 80% trở lên các cơ quan, đơn vị, địa phương được cấp có thẩm quyền phê duyệt phương"
                + " án sắp xếp lại, xử lý nhà đất theo quy định.");
    threshold(t, Comparison.GE, "80");
    assertThat(t.isMetBy(Percentage.of(80))).isTrue();
    assertThat(t.isMetBy(Percentage.parse("79,999%"))).isFalse();
  }

  @Test
  void toiThieu50PhanTramKetQuaSoHoa() {
    Target t =
        only(
            "Tối thiểu 50% kết quả giải quyết TTHC điện tử đối với TTHC thuộc thẩm quyền giải quyết"
                + " của cấp tỉnh được số hóa hồ sơ.");
    threshold(t, Comparison.GE, "50");
    assertThat(t.indicator()).contains(Target.RESULT_DIGITISED);
    assertThat(t.scope()).contains("thuộc thẩm quyền giải quyết của cấp tỉnh được số hóa hồ sơ");
  }

  @Test
  void motTramPhanTramThanhToanTrucTuyen() {
    Target t =
        only(
            "100% hồ sơ TTHC có yêu cầu nghĩa vụ tài chính được triển khai thanh toán trực tuyến.");
    threshold(t, Comparison.EQ, "100");
    assertThat(t.indicator()).contains(Target.ONLINE_PAYMENT);
  }

  @Test
  void tyLeToanTrinhDatToiThieu30() {
    Target t =
        only("Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình trên tổng số hồ sơ đạt tối thiểu 30%.");
    threshold(t, Comparison.GE, "30");
    assertThat(t.indicator()).contains(Target.FULLY_ONLINE);
    assertThat(t.subject())
        .isEqualTo("Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình trên tổng số hồ sơ");
  }

  @Test
  void tangSoVoiNam2023() {
    Target t =
        only(
            "Phấn đấu tổng số vốn thu hút đầu tư của tỉnh, số lượng doanh nghiệp gia nhập và tái"
                + " gia nhập thị trường, số vốn đăng ký của doanh nghiệp (bao gồm cả số vốn đăng ký"
                + " mới và đăng ký bổ sung) và tỷ lệ % đóng góp vào thu ngân sách tỉnh của khu vực"
                + " doanh nghiệp năm 2024 tăng so với năm 2023.");
    assertThat(t.comparator()).isEqualTo(Comparison.IMPROVE);
    assertThat(t.baseYear()).hasValue(2023);
    assertThat(t.year()).hasValue(2024);
    assertThat(t.subject()).startsWith("tổng số vốn thu hút đầu tư của tỉnh");
  }

  @Test
  void namTrongNhom30TinhThanhPho() {
    Target t = only("Giá trị thu ngân sách nằm trong nhóm 30 tỉnh, thành phố.");
    assertThat(t.comparator()).isEqualTo(Comparison.RANK_WITHIN);
    assertThat(t.value()).contains(new BigDecimal("30"));
    assertThat(t.unit()).contains(TargetUnit.RANK);
    assertThat(t.subject()).isEqualTo("Giá trị thu ngân sách");
    assertThatThrownBy(() -> t.isMetBy(Percentage.of(30)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aSentenceWithSeveralThresholdsYieldsSeveralTargets() {
    List<Target> targets =
        TargetExtractor.extract(
            "Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình đạt tối thiểu 30%, tỷ lệ hồ sơ TTHC"
                + " được giải quyết đúng hạn đạt trên 98%, tỷ lệ hồ sơ giải quyết quá hạn không quá"
                + " 2%.");
    assertThat(targets)
        .extracting(Target::comparator, Target::indicator)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Comparison.GE, Optional.of(Target.FULLY_ONLINE)),
            org.assertj.core.groups.Tuple.tuple(Comparison.GT, Optional.of(Target.ON_TIME)),
            org.assertj.core.groups.Tuple.tuple(Comparison.LE, Optional.of(Target.LATE)));
  }

  @Test
  void otherPhrasingsOfDomainSection6() {
    assertThat(only("Ít nhất 90% người dân hài lòng.").comparator()).isEqualTo(Comparison.GE);
    assertThat(only("Tỷ lệ hồ sơ quá hạn dưới 2%.").comparator()).isEqualTo(Comparison.LT);
    assertThat(only("Tỷ lệ hồ sơ quá hạn tối đa 1,5%.").value()).contains(new BigDecimal("1.5"));
    assertThat(only("Tỷ lệ hồ sơ trễ hạn không vượt quá 1%.").comparator())
        .isEqualTo(Comparison.LE);
    assertThat(only("Tỷ lệ không thấp hơn 95%.").comparator()).isEqualTo(Comparison.GE);
  }

  @Test
  void wholeSeed001() throws Exception {
    String text;
    try (InputStream in =
        getClass().getResourceAsStream("/plans/seed-001-binh-phuoc-cchc-2024-article.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<Target> targets = TargetExtractor.extract(text);
    assertThat(targets).hasSize(20);
    assertThat(targets)
        .filteredOn(t -> t.indicator().isPresent())
        .extracting(
            t ->
                String.join("+", t.indicators())
                    + " "
                    + t.comparator()
                    + " "
                    + t.value()
                        .map(Object::toString)
                        .orElseGet(() -> String.valueOf(t.baseYear().getAsInt())))
        .containsExactly(
            "tasks_done EQ 100",
            "par_index+sipas+papi+pci+dti IMPROVE 2023",
            "procedures_published EQ 100",
            "on_time GT 98",
            "result_digitised GE 50",
            "online_payment EQ 100",
            "fully_online GE 30");
    assertThat(targets).filteredOn(t -> t.comparator() == Comparison.IMPROVE).hasSize(2);
    assertThat(targets).filteredOn(t -> t.comparator() == Comparison.RANK_WITHIN).hasSize(1);
  }

  @Test
  void seedsWithoutNumericTargetsYieldNone() throws Exception {
    for (String seed :
        new String[] {
          "seed-000-sngv-binh-phuoc-24-kh-2024.txt",
          "seed-002-snn-par-index-sipas-2024.txt",
          "seed-004-sngv-kien-giang-draft-2024.txt"
        }) {
      try (InputStream in = getClass().getResourceAsStream("/plans/" + seed)) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        assertThat(TargetExtractor.extract(text)).as(seed).isEmpty();
      }
    }
  }

  @Test
  void neverThrowsAndEveryTargetComesFromItsText() {
    String alphabet =
        "Trên từ tối thiểu đạt dưới không quá 100 98,5 30 % năm 2023 so với tăng nằm"
            + " trong nhóm tỉnh hồ sơ đúng hạn . ; , Đ ẫ ế\n\u00a0";
    String[] words = alphabet.split(" ");
    qt().forAll(lists().of(integers().between(0, words.length - 1)).ofSizeBetween(0, 40))
        .checkAssert(
            picks -> {
              StringBuilder b = new StringBuilder();
              for (int i : picks) {
                b.append(words[i]).append(i % 3 == 0 ? "" : " ");
              }
              List<Target> targets = TargetExtractor.extract(b);
              // a line wrapped inside a sentence is joined to it by a space (WrappedLines)
              String plain = b.toString().replace('\u00a0', ' ').replaceAll("\\s*\\R\\s*", " ");
              for (Target t : targets) {
                assertThat(plain).contains(t.text());
                assertThat(t.text()).contains(t.subject());
              }
            });
  }

  @Test
  void aValueThatSharesTheSubjectOfAnEarlierOneHasItInItsText() {
    // found by neverThrowsAndEveryTargetComesFromItsText: the second value took the first one's
    // subject but its text was "100 %" alone
    List<Target> targets =
        TargetExtractor.extract("TrênTrênTrênTrênTrênTrênTrênTrênTrênTrên100 % 100 % ");
    assertThat(targets).hasSize(2);
    for (Target t : targets) {
      assertThat(t.text()).contains(t.subject());
    }
  }

  @Test
  void invalidTargetsCannotBeBuilt() {
    assertThatThrownBy(
            () -> Target.builder().text("x").subject("x").comparator(Comparison.GT).build())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(
            () -> Target.builder().text("x").subject("x").comparator(Comparison.IMPROVE).build())
        .isInstanceOf(IllegalStateException.class);
  }
}

package io.github.cchc.examples.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The agencies and procedures of the sample province, and the parameters that make each agency's
 * rates differ. Agency names follow the provincial structure after the 2025 mergers (e.g. "Sở Nông
 * nghiệp và Môi trường"); district names are those of Bình Phước in 2024. The data is synthetic.
 */
final class Catalogue {

  /**
   * One agency and its intended rates (before calibration): share of the province's dossiers,
   * on-time rate, fully-online share, online-payment rate, digitised-result rate, and the objects
   * its procedures are about.
   */
  record AgencySpec(
      String name,
      double weight,
      double onTime,
      double fullyOnline,
      double payOnline,
      double digitised,
      String... objects) {}

  /** A procedure of the catalogue. */
  record Procedure(
      int agency,
      String code,
      String name,
      int workingDays,
      boolean fee,
      OnlineLevel level,
      double weight) {}

  /** The online service a procedure offers (Nghị định 42/2022/NĐ-CP Điều 11). */
  enum OnlineLevel {
    FULL,
    PARTIAL,
    NONE
  }

  static final String[] ACTIONS = {"Cấp", "Cấp lại", "Điều chỉnh", "Gia hạn"};

  static final List<AgencySpec> AGENCIES =
      List.of(
          new AgencySpec(
              "Sở Nông nghiệp và Môi trường",
              22,
              0.962,
              0.20,
              0.80,
              0.52,
              "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất",
              "Giấy phép khai thác nước dưới đất",
              "Giấy phép môi trường",
              "Giấy phép thăm dò khoáng sản",
              "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm nông, lâm, thủy sản",
              "Giấy phép xả nước thải vào nguồn nước"),
          new AgencySpec(
              "Công an tỉnh",
              12,
              0.988,
              0.42,
              0.90,
              0.61,
              "Hộ chiếu phổ thông",
              "Chứng nhận đăng ký xe",
              "Giấy phép lái xe",
              "Giấy chứng nhận đủ điều kiện về an ninh, trật tự",
              "Giấy xác nhận thông tin về cư trú"),
          new AgencySpec(
              "Sở Tư pháp",
              9,
              0.993,
              0.55,
              0.96,
              0.70,
              "Phiếu lý lịch tư pháp cho công dân Việt Nam",
              "Giấy đăng ký hoạt động của Văn phòng công chứng",
              "Thẻ công chứng viên",
              "Giấy đăng ký hoạt động của tổ chức hành nghề luật sư",
              "Giấy đăng ký hoạt động của Trung tâm trọng tài"),
          new AgencySpec(
              "UBND thành phố Đồng Xoài",
              8,
              0.973,
              0.30,
              0.84,
              0.56,
              "Giấy chứng nhận đăng ký hộ kinh doanh",
              "Giấy phép xây dựng nhà ở riêng lẻ",
              "Giấy phép bán lẻ sản phẩm rượu",
              "Giấy chứng nhận đủ điều kiện an toàn thực phẩm"),
          new AgencySpec(
              "Sở Xây dựng",
              7,
              0.968,
              0.30,
              0.85,
              0.48,
              "Giấy phép xây dựng đối với công trình cấp I, cấp II",
              "Chứng chỉ hành nghề hoạt động xây dựng",
              "Chứng chỉ năng lực hoạt động xây dựng",
              "Giấy phép kinh doanh vận tải bằng xe ô tô",
              "Phù hiệu xe ô tô kinh doanh vận tải"),
          new AgencySpec(
              "Sở Tài chính",
              6,
              0.989,
              0.62,
              0.93,
              0.75,
              "Giấy chứng nhận đăng ký doanh nghiệp",
              "Giấy chứng nhận đăng ký hợp tác xã",
              "Giấy chứng nhận đăng ký đầu tư",
              "Giấy chứng nhận đăng ký hoạt động chi nhánh, văn phòng đại diện"),
          new AgencySpec(
              "Sở Nội vụ",
              5,
              0.986,
              0.38,
              0.90,
              0.60,
              "Giấy phép lao động cho người lao động nước ngoài",
              "Giấy phép hoạt động dịch vụ việc làm",
              "Giấy phép hoạt động cho thuê lại lao động",
              "Quyết định công nhận ban vận động thành lập hội"),
          new AgencySpec(
              "UBND thị xã Bình Long",
              4,
              0.979,
              0.33,
              0.86,
              0.57,
              "Giấy chứng nhận đăng ký hộ kinh doanh",
              "Giấy phép xây dựng nhà ở riêng lẻ",
              "Giấy phép bán lẻ sản phẩm thuốc lá"),
          new AgencySpec(
              "UBND huyện Lộc Ninh",
              4,
              0.969,
              0.27,
              0.83,
              0.54,
              "Giấy chứng nhận đăng ký hộ kinh doanh",
              "Giấy phép xây dựng nhà ở riêng lẻ",
              "Giấy chứng nhận đăng ký hợp tác xã"),
          new AgencySpec(
              "Sở Y tế",
              4,
              0.970,
              0.28,
              0.86,
              0.55,
              "Chứng chỉ hành nghề khám bệnh, chữa bệnh",
              "Giấy phép hoạt động đối với phòng khám đa khoa",
              "Chứng chỉ hành nghề dược",
              "Giấy chứng nhận đủ điều kiện kinh doanh dược",
              "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm"),
          new AgencySpec(
              "UBND huyện Bù Đăng",
              3,
              0.975,
              0.25,
              0.82,
              0.53,
              "Giấy chứng nhận đăng ký hộ kinh doanh",
              "Giấy phép xây dựng nhà ở riêng lẻ",
              "Giấy phép bán lẻ sản phẩm rượu"),
          new AgencySpec(
              "Sở Công Thương",
              3,
              0.991,
              0.48,
              0.92,
              0.66,
              "Giấy phép bán lẻ sản phẩm rượu",
              "Giấy chứng nhận đủ điều kiện cửa hàng bán lẻ xăng dầu",
              "Giấy phép hoạt động điện lực",
              "Giấy chứng nhận đủ điều kiện sản xuất hóa chất"),
          new AgencySpec(
              "Sở Giáo dục và Đào tạo",
              3,
              0.995,
              0.45,
              0.95,
              0.68,
              "Bản sao văn bằng, chứng chỉ từ sổ gốc",
              "Giấy phép hoạt động giáo dục kỹ năng sống",
              "Giấy chứng nhận trung tâm ngoại ngữ, tin học",
              "Giấy phép tổ chức dạy thêm, học thêm"),
          new AgencySpec(
              "Sở Văn hóa, Thể thao và Du lịch",
              1.5,
              0.982,
              0.40,
              0.91,
              0.62,
              "Giấy phép kinh doanh dịch vụ lữ hành nội địa",
              "Thẻ hướng dẫn viên du lịch",
              "Giấy phép tổ chức biểu diễn nghệ thuật",
              "Giấy chứng nhận đủ điều kiện kinh doanh dịch vụ karaoke"),
          new AgencySpec(
              "Ban Quản lý Khu kinh tế",
              1.5,
              0.984,
              0.58,
              0.95,
              0.72,
              "Giấy chứng nhận đăng ký đầu tư trong khu công nghiệp",
              "Giấy phép lao động cho người nước ngoài làm việc trong khu công nghiệp",
              "Giấy phép xây dựng công trình trong khu công nghiệp",
              "Giấy chứng nhận xuất xứ hàng hóa"),
          new AgencySpec(
              "Sở Khoa học và Công nghệ",
              1,
              0.990,
              0.52,
              0.94,
              0.70,
              "Giấy chứng nhận đăng ký hoạt động khoa học và công nghệ",
              "Giấy phép tiến hành công việc bức xạ",
              "Chứng chỉ nhân viên bức xạ",
              "Giấy phép hoạt động bưu chính"),
          new AgencySpec(
              "Sở Dân tộc và Tôn giáo",
              0.5,
              0.996,
              0.20,
              1.00,
              0.60,
              "Văn bản chấp thuận tổ chức lễ hội tín ngưỡng",
              "Giấy chứng nhận đăng ký sinh hoạt tôn giáo tập trung",
              "Quyết định công nhận người có uy tín trong đồng bào dân tộc thiểu số"),
          new AgencySpec(
              "Văn phòng UBND tỉnh",
              0.5,
              0.994,
              0.35,
              0.97,
              0.64,
              "Văn bản cho phép sử dụng thẻ đi lại của doanh nhân APEC",
              "Văn bản cho phép tổ chức hội nghị, hội thảo quốc tế",
              "Quyết định công nhận sáng kiến cấp tỉnh"),
          new AgencySpec(
              "Sở Ngoại vụ",
              0.3,
              1.000,
              0.35,
              1.00,
              0.65,
              "Văn bản cho phép cán bộ, công chức đi công tác nước ngoài",
              "Văn bản chấp thuận tiếp nhận viện trợ phi chính phủ nước ngoài"),
          new AgencySpec(
              "Thanh tra tỉnh",
              0.2,
              1.000,
              0.10,
              1.00,
              0.50,
              "Quyết định giải quyết khiếu nại lần hai",
              "Kết luận nội dung tố cáo"));

  final List<AgencySpec> agencies = AGENCIES;
  final List<Procedure> procedures;

  /** Per agency: the procedures' positions in {@link #procedures} and their cumulative weights. */
  final int[][] procedureIndex;

  final double[][] procedureCumulative;

  /** Cumulative agency weights, for drawing an agency. */
  final double[] agencyCumulative;

  /** Calibrated per-agency probabilities (see {@link DossierGenerator}). */
  final double[] lateP;

  final double[] onlineFullP;
  final double[] payP;
  final double[] digitisedP;

  Catalogue(SplitMix64 random, Calibration target) {
    List<Procedure> all = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    int agencyCount = agencies.size();
    procedureIndex = new int[agencyCount][];
    procedureCumulative = new double[agencyCount][];
    agencyCumulative = new double[agencyCount];
    double total = 0;
    for (int a = 0; a < agencyCount; a++) {
      AgencySpec spec = agencies.get(a);
      total += spec.weight();
      agencyCumulative[a] = total;
      List<Integer> mine = new ArrayList<>();
      int rank = 1;
      for (String object : spec.objects()) {
        String lower = object.substring(0, 1).toLowerCase(Locale.ROOT) + object.substring(1);
        for (String action : ACTIONS) {
          String code;
          do {
            code =
                (random.chance(0.7) ? "1.0" : "2.0") + String.format("%05d", random.nextInt(14000));
          } while (!codes.add(code));
          int days = DAYS[random.nextInt(DAYS.length)];
          boolean fee = random.chance(0.55);
          double u = random.nextDouble();
          OnlineLevel level =
              u < 0.5 ? OnlineLevel.FULL : u < 0.8 ? OnlineLevel.PARTIAL : OnlineLevel.NONE;
          // Zipf-like volume: the first action on the first object is the busiest.
          double weight = 1.0 / Math.pow(rank, 1.1) * (0.5 + random.nextDouble());
          rank++;
          mine.add(all.size());
          all.add(new Procedure(a, code, action + " " + lower, days, fee, level, weight));
        }
      }
      procedureIndex[a] = mine.stream().mapToInt(Integer::intValue).toArray();
      procedureCumulative[a] = new double[mine.size()];
      double cum = 0;
      for (int i = 0; i < mine.size(); i++) {
        cum += all.get(mine.get(i)).weight();
        procedureCumulative[a][i] = cum;
      }
    }
    procedures = List.copyOf(all);
    for (int a = 0; a < agencyCount; a++) {
      agencyCumulative[a] /= total;
    }
    lateP = new double[agencyCount];
    onlineFullP = new double[agencyCount];
    payP = new double[agencyCount];
    digitisedP = new double[agencyCount];
    calibrate(target, total);
  }

  private static final int[] DAYS = {1, 3, 3, 5, 5, 7, 10, 10, 15, 20, 30};

  /** Share, within agency a, of dossier volume on procedures that satisfy the filter. */
  private double share(int a, java.util.function.Predicate<Procedure> filter) {
    double all = 0;
    double some = 0;
    for (int i : procedureIndex[a]) {
      Procedure p = procedures.get(i);
      all += p.weight();
      if (filter.test(p)) {
        some += p.weight();
      }
    }
    return some / all;
  }

  /**
   * Scales each agency's intended rates by one factor per indicator so that the province-wide
   * expectation lands on the target, keeping the differences between agencies.
   */
  private void calibrate(Calibration target, double totalWeight) {
    int n = agencies.size();
    double[] volume = new double[n];
    double[] fullShare = new double[n];
    double[] feeShare = new double[n];
    double meanLate = 0;
    double meanFull = 0;
    double meanPayMiss = 0;
    double feeVolume = 0;
    double meanDigitised = 0;
    for (int a = 0; a < n; a++) {
      AgencySpec s = agencies.get(a);
      volume[a] = s.weight() / totalWeight;
      fullShare[a] = share(a, p -> p.level() == OnlineLevel.FULL);
      feeShare[a] = share(a, Procedure::fee);
      meanLate += volume[a] * (1 - s.onTime());
      meanFull += volume[a] * Math.min(s.fullyOnline(), 0.95 * fullShare[a]);
      meanPayMiss += volume[a] * feeShare[a] * (1 - s.payOnline());
      feeVolume += volume[a] * feeShare[a];
      meanDigitised += volume[a] * s.digitised();
    }
    double lateFactor = (1 - target.onTime()) / meanLate;
    double fullFactor = target.fullyOnline() / meanFull;
    double payFactor = (1 - target.payOnline()) / (meanPayMiss / feeVolume);
    double digitisedFactor = target.digitised() / meanDigitised;
    for (int a = 0; a < n; a++) {
      AgencySpec s = agencies.get(a);
      lateP[a] = (1 - s.onTime()) * lateFactor;
      double full = Math.min(s.fullyOnline(), 0.95 * fullShare[a]) * fullFactor;
      onlineFullP[a] = fullShare[a] == 0 ? 0 : Math.min(0.97, full / fullShare[a]);
      payP[a] = 1 - (1 - s.payOnline()) * payFactor;
      digitisedP[a] = Math.min(0.98, s.digitised() * digitisedFactor);
    }
  }

  /** The province-wide rates the generator aims at. */
  record Calibration(double onTime, double fullyOnline, double payOnline, double digitised) {}
}

package io.github.cchc.model.plan;

import io.github.cchc.model.text.VietnameseText;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that set a goal (mục tiêu, chỉ tiêu), on folded text (lower case, no diacritics): the
 * words of intent and where the first of them starts, and the goals named as reached, missed or
 * tallied rather than set, whose words of intent set nothing. What tells a result is in {@link
 * ResultWords}, the headings and lists of goals in {@link GoalHeadings}.
 */
final class Goals {
  /**
   * Words that set a goal: "phấn đấu", "mục tiêu", "chỉ tiêu", "đề ra", "hướng tới"; and the words
   * that propose or require one, as a ministry's proposal or a directive states a goal ("Bộ Nội vụ
   * đề xuất …, công chức giảm 15%", "đề nghị Thủ tướng … yêu cầu các đơn vị … giảm nhân sự 2% mỗi
   * năm", "kiến nghị"); and an orientation set for the year ("Năm 2017, định hướng tổng phương tiện
   * thanh toán tăng khoảng 16-18%"), not a result told as on course ("đúng định hướng", "theo định
   * hướng"). "Mục tiêu" in the name of a programme ("Chương trình mục tiêu quốc gia xây dựng nông
   * thôn mới", "Chương trình Mục tiêu Quốc gia (MTQG)") names the programme, not a goal: "Thực hiện
   * Chương trình Mục tiêu Quốc gia …, đến nay cả nước đã có gần 74% xã đạt chuẩn NTM" reports a
   * result. "Nỗ lực" as the effort made ("với nỗ lực của cả hệ thống chính trị, Đảng bộ xã đã …",
   * "nhờ sự nỗ lực", and the effort told in the past: "năm 2025 tỉnh đã nỗ lực triển khai hoàn
   * thành đạt và vượt hầu hết các chỉ tiêu chủ yếu", baogialai.com.vn on Gia Lai's 2025 results) is
   * no word of intent, nor "phấn đấu" as the effort made ("Nhờ được sự lãnh đạo của cấp ủy Đảng, …
   * cùng với sự nỗ lực phấn đấu của nhân dân trong huyện đã tổ chức thành công …; thu ngân sách
   * trên địa bàn đạt 76,75%", A Lưới's report on its first half of 2021, "nhờ sự phấn đấu"). Nor is
   * "yêu cầu" as a noun, what a thing has or meets ("ở địa phương đạt 43,11% … trên tổng số hồ sơ
   * TTHC có yêu cầu nghĩa vụ tài chính", "theo yêu cầu", "đáp ứng yêu cầu"). "Kỳ vọng" (expects)
   * sets a goal when its subject expects ("Trong lĩnh vực thương mại điện tử, địa phương kỳ vọng
   * đưa tỷ lệ thanh toán không dùng tiền mặt lên mức 50%", ictnews on Lào Cai's plan), not when
   * something "được kỳ vọng …" (is expected to). Nor is "kiến nghị" in "tố giác, tin báo tội phạm
   * và kiến nghị khởi tố" (a petition to prosecute, a term of criminal procedure, whose rate is a
   * result: "giải quyết tố giác, tin báo tội phạm và kiến nghị khởi tố đạt 91,38%", nghean24h on
   * the Đồng Nai police's congress). Nor is "đề nghị" naming the papers of a request ("hồ sơ đề
   * nghị", "đơn đề nghị", "giấy đề nghị", "văn bản đề nghị"): "Số người nộp hồ sơ đề nghị hưởng trợ
   * cấp thất nghiệp là 745.000, giảm 12% so với năm trước" (kenh14 on 2025's labour market) counts
   * applications, it proposes nothing. Nor is "hướng tới" ahead of an event ("TPO - Hướng tới Đại
   * hội đại biểu Đoàn TNCS Hồ Chí Minh các cơ quan Đảng Trung ương lần thứ I, …, đến nay, 100% các
   * cơ sở Đoàn trực thuộc đã hoàn thành tổ chức đại hội", tienphong; "hướng tới chào mừng Đại hội
   * Đảng các cấp", "hướng tới kỷ niệm …", "hướng tới sự kiện chính trị trọng đại"): the page looks
   * forward to a congress or an anniversary, it sets no figure; "hướng tới mục tiêu …" still does.
   * A growth scenario carried out or drawn up ("thực hiện kịch bản tăng trưởng kinh tế 8% năm
   * 2025", "xây dựng kịch bản tăng trưởng") commits to its figure as a goal does, since the
   * Government's 2025 resolutions set each province's growth as a scenario; a scenario merely cited
   * ("theo kịch bản tăng trưởng cao, GDP có thể …", a forecast) is no word of intent.
   */
  private static final Pattern INTENT =
      Pattern.compile(
          "\\b(?:(?<!su\\s)phan\\s+dau(?!\\s+cua)|(?<!chuong\\strinh\\s)muc\\s+tieu(?!\\s+quoc\\s+gia)|chi\\s+tieu|de\\s+ra|dat\\s+ra|huong\\s+(?:toi|den)(?!\\s+(?:chao\\s+mung\\s+)?(?:dai\\s+hoi|ky\\s+niem|su\\s+kien|le\\s+ky\\s+niem)\\b)"
              + "|can\\s+dat|can\\s+dua|phai\\s+dat|(?<!no\\sluc,\\s)(?<!no\\sluc\\s)(?<!su\\s)quyet\\s+tam(?!\\s+cua)|(?<!duoc\\s)ky\\s+vong"
              // a body putting forth a resolution, its content right after it: "Đại hội … đưa ra
              // nghị quyết tỷ lệ hộ nghèo đa chiều giảm mỗi năm khoảng 1% - 1,5%"
              + "|dua\\s+ra\\s+nghi\\s+quyet"
              // a growth scenario carried out or drawn up, the figure it commits to: "Kế hoạch số
              // 823/KH-UBND … về thực hiện kịch bản tăng trưởng kinh tế 8% năm 2025"
              + "|(?:thuc\\s+hien|xay\\s+dung)\\s+kich\\s+ban\\s+tang\\s+truong"
              // determination as a noun, whose it is ("sự đoàn kết, quyết tâm của cả hệ thống chính
              // trị", baoninhthuan on Ninh Thuận's first half of 2024), as "nỗ lực của" below;
              // efforts had, a noun: "chính quyền và nhân dân thành phố Hà Nội đã có nhiều nỗ lực,
              // quyết tâm để phát triển kinh tế (tăng trưởng bình quân đạt 6,83%/năm, …)"
              // (tapchicongsan on ten years of Nghị quyết 11-NQ/TW)
              + "|(?<!voi\\s)(?<!su\\s)(?<!nhung\\s)(?<!nho\\s)(?<!da\\s)(?<!co\\snhieu\\s)no\\s+luc(?!\\s+cua)"
              // advising as the work done, "tham mưu, đề xuất Chính phủ ban hành 11 nghị định"
              + "|(?<!tham\\smuu,\\s)(?<!tham\\smuu\\s)de\\s+xuat|(?<!ho\\sso\\s)(?<!don\\s)(?<!giay\\s)(?<!van\\sban\\s)de\\s+nghi"
              + "|kien\\s+nghi(?!\\s+khoi\\s+to)"
              + "|(?<!co\\s)(?<!theo\\s)(?<!dap\\sung\\s)yeu\\s+cau"
              + "|(?<!dung\\s)(?<!theo\\s)dinh\\s+huong)\\b");

  /**
   * A goal named as what was reached or missed, not set: "cơ bản đạt chỉ tiêu đề ra", "chưa đạt mục
   * tiêu", "hoàn thành vượt kế hoạch", "đạt và vượt hầu hết các chỉ tiêu Nghị quyết"; and goals
   * counted as a report counts them, by a word of quantity ("nhiều chỉ tiêu kinh tế - xã hội của
   * huyện tăng trưởng cao", "phần lớn các mục tiêu"), with the document that set them between ("đạt
   * và vượt các chỉ tiêu Nghị quyết Đại hội đề ra: …", a congress's account of the term). Its words
   * of intent do not make the sentence a goal. Goals that are the subject of what they did are
   * reported too: "Một số chỉ tiêu kinh tế tăng khá", "các chỉ tiêu kinh tế - xã hội đều đạt" (Bỉm
   * Sơn's 2021 results on baothanhhoa.vn). A goal named after a word of purpose is aimed at, not
   * reached ("… đưa ra giải pháp để đạt mục tiêu giải ngân vốn đầu tư công năm 2025 là 100%"), and
   * so is a goal a body sets itself to reach ("Nhiệm kỳ 2015-2020, Đảng bộ phường Hương Chữ tập
   * trung hoàn thành các chỉ tiêu cơ bản, cụ thể, …", baothuathienhue.vn). A result judged short of
   * what was expected or required is reported too: "Gia Lai là 1 trong 8 địa phương có mức tăng
   * trưởng chưa đạt kỳ vọng (dưới 8%)" (baogialai.com.vn on the provinces' GRDP over nine months),
   * "tốc độ tăng trưởng kinh tế của tỉnh chưa đạt như kỳ vọng (lần lượt là 4%, 6,01% và 6,33%/năm)"
   * (baobackan.com.vn), "tỷ lệ hồ sơ trực tuyến tại cấp tỉnh chưa đạt yêu cầu" (baophutho.vn): "kỳ
   * vọng" and "yêu cầu" there name the bar missed, not a goal set.
   */
  private static final Pattern ATTAINED =
      Pattern.compile(
          "(?<!\\p{L})(?:chưa|không)\\s+đạt\\s+(?:như\\s+)?(?:kỳ\\s+vọng|yêu\\s+cầu)(?!\\p{L})|"
              + "(?<!\\p{L})(?<!để\\s)(?<!nhằm\\s)(?<!tập\\strung\\s)(?:(?:(?:chưa|không|cơ\\s+bản|đã)\\s+)?(?:đạt|vượt|hoàn\\s+thành)"
              + "(?:\\s+và\\s+vượt)?\\s+(?:(?:hầu\\s+hết|phần\\s+lớn|đa\\s+số|nhiều|tất\\s+cả)\\s+)?"
              + "|(?:nhiều|hầu\\s+hết|phần\\s+lớn|đa\\s+số)\\s+"
              // goals as the subject of what they did: "Một số chỉ tiêu kinh tế tăng khá", and of
              // what they missed: "Một số chỉ tiêu khác không đạt, đó là …" (cafef on Lâm Đồng's
              // 2024 results): a tally of a report, no word of intent)
              // (with who set them between: "tất cả các mục tiêu do Đại hội Đảng toàn quốc lần
              // thứ IV đề ra đều không đạt", the Wikipedia page on the subsidy period)
              + "|(?=(?:một\\s+số|các)\\s+(?:mục\\s+tiêu|chỉ\\s+tiêu)(?:\\s+[\\p{L}-]+){0,12}?"
              + "\\s+(?:đều\\s+)?(?:tăng\\s+(?:khá|cao|mạnh)|đạt\\s+và\\s+vượt|đều\\s+đạt"
              + "|(?:không|chưa)\\s+đạt)(?!\\p{L}))"
              + "(?:một\\s+số\\s+)?)"
              + "(?:các\\s+)?(?:mục\\s+tiêu|chỉ\\s+tiêu|kế\\s+hoạch)"
              // the document that set them: "đạt và vượt các chỉ tiêu Nghị quyết Đại hội đề ra"
              + "(?:\\s+(?:của\\s+)?(?:nghị\\s+quyết|kế\\s+hoạch)(?:\\s+\\p{L}+){0,3}?"
              + "(?=\\s+(?:đã\\s+)?(?:đề\\s+ra|đặt\\s+ra|được\\s+giao))"
              // who set them: "các mục tiêu do Đại hội … đề ra đều không đạt"; not when the goal's
              // level follows ("vượt chỉ tiêu do Nghị quyết HĐND tỉnh đề ra là hàng năm giảm 2%")
              + "|\\s+do(?:\\s+\\p{L}+){1,8}?\\s+(?:đã\\s+)?(?:đề\\s+ra|đặt\\s+ra)"
              + "(?!\\p{L})(?!\\s*(?:là|:|,?\\s*\\d)))?"
              + "(?:\\s+(?:đã\\s+)?(?:đề\\s+ra|đặt\\s+ra|được\\s+giao))?",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * A result measured against what a plan or a budget set, on NFC text: "Tổng thu ngân sách nhà
   * nước 6 tháng là 12.221 tỷ đồng, đạt 51,8% so với nghị quyết đề ra (23.600 tỷ đồng)"
   * (baoquangnam.vn, Quảng Nam's first half of 2024), "đạt 59,9% so với dự toán Trung ương giao",
   * "bằng 71,3% kế hoạch được giao". The plan named is the basis of the share, and its "đề ra" or
   * "giao" no word of intent.
   */
  private static final Pattern MEASURED_AGAINST =
      Pattern.compile(
          "(?<!\\p{L})(?:so\\s+với\\s+)?(?:nghị\\s+quyết|kế\\s+hoạch|dự\\s+toán)"
              + "(?:\\s+(?!đề\\s|đặt\\s|được\\s|giao(?!\\p{L}))\\p{L}+){0,4}?"
              + "\\s+(?:đã\\s+)?(?:đề\\s+ra|đặt\\s+ra|(?:được\\s+)?giao)(?!\\p{L})",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * Goals counted by their state, on NFC text: a fraction of them ("Toàn xã có 19/21 chỉ tiêu đạt
   * và vượt kế hoạch", baothanhhoa.vn on xã Hồ Vương's 2025; "10/15 chỉ tiêu vượt chỉ tiêu Nghị
   * quyết"; with the words that name them as set: "có 13/16 chỉ tiêu phát triển kinh tế - xã hội đề
   * ra đạt và vượt kế hoạch", phường Hương Chữ's term) or a number of them with what they did ("có
   * 13 chỉ tiêu vượt, có 5 chỉ tiêu trọng yếu đứng trong tốp 5 của khu vực", nhadautu.vn on Bạc
   * Liêu's term), or a fraction of them with the degree each reached ("có 15/16 mục tiêu theo kế
   * hoạch chuyển đổi số của tỉnh hoàn thành 100%; 1/16 mục tiêu hoàn thành trên 87%", pbgdpl on
   * Thái Bình's digital transformation to 2024), or missed ("(8 chỉ tiêu vượt và 5 chỉ tiêu đạt kế
   * hoạch; 2 chỉ tiêu không hoàn thành)", haiduongdost on Hải Dương's 2024): a tally of a report,
   * whose "chỉ tiêu", "mục tiêu" or "kế hoạch" is no word of intent.
   */
  private static final Pattern GOALS_TALLIED =
      Pattern.compile(
          "(?<![\\p{L}\\d/])\\d+(?:/\\d+\\s+(?:các\\s+)?(?:mục\\s+tiêu|chỉ\\s+tiêu)"
              + "(?:[^;.%]{0,60}?\\s(?:đã\\s+)?(?:đề\\s+ra|đặt\\s+ra|được\\s+giao|hoàn\\s+thành)(?!\\p{L}))?"
              + "|\\s+(?:mục\\s+tiêu|chỉ\\s+tiêu)(?:\\s+(?:trọng\\s+yếu|chủ\\s+yếu|quan\\s+trọng))?"
              + "(?=\\s+(?:đều\\s+)?(?:đạt|vượt|đứng|(?:không|chưa)\\s+(?:đạt|hoàn\\s+thành))(?!\\p{L})))",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * Goals named as what a result is made of, on NFC text: "kết quả thực tế có một số chỉ tiêu thay
   * đổi, bổ sung như: Tổng sản phẩm (GRDP) tăng 10,01%, …" (daibieunhandan on Nam Định's 2024
   * figures revised after the report), "kết quả thực hiện các chỉ tiêu". "Chỉ tiêu" there names the
   * measures a result is given by, not a goal set; a verb between "kết quả" and "chỉ tiêu" ("Kết
   * quả trên đã vượt chỉ tiêu do Nghị quyết … đề ra") leaves it alone.
   */
  private static final Pattern RESULT_MEASURES =
      Pattern.compile(
          "(?<!\\p{L})kết\\s+quả(?:\\s+(?:thực\\s+tế|thực\\s+hiện|đạt\\s+được))?"
              + "(?:\\s+(?:có|của|ở))?(?:\\s+(?:một\\s+số|các|những))?\\s+chỉ\\s+tiêu(?!\\p{L})",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * Goals named before as what a result is held up against, on NFC text: "Đối chiếu với những chỉ
   * tiêu, yêu cầu trên, cho tới thời điểm hiện tại, 100% công dân đã được cấp số định danh cá nhân"
   * (chuyendoiso on Đề án 06's goals for 2023, after the paragraph listing them), "so sánh với các
   * chỉ tiêu, mục tiêu tương tự giai đoạn 2016-2020". The goals are those of the text before
   * ("trên", "đó", "này", "tương tự"); the sentence tells how far they were met, it sets none.
   */
  private static final Pattern GOALS_HELD_AGAINST =
      Pattern.compile(
          "(?<!\\p{L})(?:đối\\s+chiếu|so\\s+sánh)\\s+với\\s+(?:những|các)\\s+"
              + "(?:chỉ\\s+tiêu|mục\\s+tiêu|yêu\\s+cầu)"
              + "(?:\\s*(?:,|và)\\s*(?:chỉ\\s+tiêu|mục\\s+tiêu|yêu\\s+cầu))*"
              + "\\s+(?:(?:nêu\\s+)?trên|đó|này|tương\\s+tự)(?!\\p{L})",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A share of a result just before {@link #MEASURED_AGAINST}'s plan: "đạt 51,8% so với …". */
  private static final Pattern SHARE_BEFORE = Pattern.compile("\\d\\s?%\\s*$");

  /**
   * What a sentence tells besides the given spans of its folded text: the sentence folded, its
   * phrases naming goals as reached or missed blanked out ({@link #withoutAttained}) and the spans
   * blanked out too, of the folded sentence's length; a rule that reads a goal from those spans
   * asks {@link #intent} of it whether the sentence sets a goal of its own beside them.
   */
  static String besides(String sentence, List<int[]> spans) {
    StringBuilder rest = new StringBuilder(VietnameseText.fold(withoutAttained(sentence)));
    for (int[] span : spans) {
      for (int i = span[0]; i < span[1] && i < rest.length(); i++) {
        rest.setCharAt(i, ' ');
      }
    }
    return rest.toString();
  }

  /**
   * The (NFC) sentence with each phrase that names a goal as reached ({@link #ATTAINED}), each
   * tally of goals ({@link #GOALS_TALLIED}), each goal named as what a result is made of ({@link
   * #RESULT_MEASURES}), each goal named before as what a result is held up against ({@link
   * #GOALS_HELD_AGAINST}), each goal named as outstanding ({@link NotableGoals}), each count of
   * goals told as met after the effort made ({@link GoalsCountedMet}), each document's title quoted
   * ({@link QuotedTitle}) and each plan a share of a result is measured against ({@link
   * #MEASURED_AGAINST}) blanked out.
   */
  static String withoutAttained(String sentence) {
    StringBuilder blanked = new StringBuilder(sentence);
    Matcher a = ATTAINED.matcher(sentence);
    while (a.find()) {
      for (int i = a.start(); i < a.end(); i++) {
        blanked.setCharAt(i, ' ');
      }
    }
    Matcher t = GOALS_TALLIED.matcher(sentence);
    while (t.find()) {
      for (int i = t.start(); i < t.end(); i++) {
        blanked.setCharAt(i, ' ');
      }
    }
    Matcher r = RESULT_MEASURES.matcher(sentence);
    while (r.find()) {
      for (int i = r.start(); i < r.end(); i++) {
        blanked.setCharAt(i, ' ');
      }
    }
    Matcher h = GOALS_HELD_AGAINST.matcher(sentence);
    while (h.find()) {
      for (int i = h.start(); i < h.end(); i++) {
        blanked.setCharAt(i, ' ');
      }
    }
    NotableGoals.blank(sentence, blanked);
    GoalsCountedMet.blank(sentence, blanked);
    QuotedTitle.blank(sentence, blanked);
    Matcher m = MEASURED_AGAINST.matcher(sentence);
    while (m.find()) {
      if (!SHARE_BEFORE.matcher(sentence).region(Math.max(0, m.start() - 12), m.start()).find()) {
        continue;
      }
      for (int i = m.start(); i < m.end(); i++) {
        blanked.setCharAt(i, ' ');
      }
    }
    return blanked.toString();
  }

  /**
   * A sentence that goes on with the one before it ("Khi đó, …", "Theo đó, …", "Cụ thể, …", "Trong
   * đó, …", "Đồng thời, …", or an imperative "Bảo đảm …" after "Đến năm 2030 hoàn thiện …"), or
   * gives examples of it ("Điển hình, đến năm 2025, 100% dịch vụ công trực tuyến …" after "TP sẽ có
   * bộ máy chính quyền số …", plo.vn on HCM City's digital transformation programme), or tells what
   * it contributes to ("Góp phần giảm tỷ lệ hộ nghèo bình quân toàn tỉnh trên 4%/năm", tuyenquangtv
   * on Tuyên Quang's draft poverty resolution): it sets a goal when that one did.
   */
  private static final Pattern CONTINUES =
      Pattern.compile(
          "^(?:[-–•+*]\\s*)?(?:khi\\s+do|theo\\s+do|cu\\s+the|trong\\s+do|bao\\s+dam|dam\\s+bao"
              + "|dong\\s+thoi|dien\\s+hinh(?:\\s+nhu)?\\s*[,:]"
              // what the goal before contributes to: "Tỉnh phấn đấu giảm tỷ lệ hộ nghèo … xuống còn
              // 12,72% cuối năm 2020. Góp phần giảm tỷ lệ hộ nghèo bình quân toàn tỉnh trên 4%/năm"
              + "|gop\\s+phan\\s+(?!vao\\b))");

  /**
   * A sentence that names a document setting goals or requirements as issued and goes on to what it
   * says: "Thủ tướng vừa ban hành Chỉ thị về việc …, trong đó nêu rõ: Mỗi năm Bộ, ngành, địa phương
   * phải giảm 1,5-2% biên chế", "UBND tỉnh phê duyệt Kế hoạch …, chỉ rõ …". What follows "nêu rõ"
   * is the document's, as what follows a word of intent.
   */
  private static final Pattern DOCUMENT_SAYS =
      Pattern.compile(
          "\\b(?:ban\\s+hanh|phe\\s+duyet|thong\\s+qua|ky)\\b[^.;]{0,40}?\\b(?:"
              + PlanAccount.PLAN_DOCUMENT
              + "|chi\\s+thi|cong\\s+dien)\\b[^.;:]{0,200}?\\b(?:neu\\s+ro|chi\\s+ro|nhan\\s+manh)\\b");

  private Goals() {}

  /** True when the (folded) sentence goes on with the one before it: "Khi đó, …", "Theo đó, …". */
  static boolean continues(String folded) {
    return CONTINUES.matcher(folded).lookingAt();
  }

  static boolean intent(String folded) {
    return INTENT.matcher(folded).find();
  }

  /**
   * True when the (NFC) sentence sets a goal: a word of intent outside the phrases that name a goal
   * as reached or missed ("cơ bản đạt chỉ tiêu đề ra").
   */
  static boolean sets(String sentence) {
    return intent(VietnameseText.fold(withoutAttained(sentence)));
  }

  /** "đề ra", "đặt ra": set out. */
  private static final Pattern SET_OUT = Pattern.compile("(?:de|dat)\\s+ra");

  /**
   * A goal noun just before "đề ra": "mục tiêu đề ra", "chỉ tiêu đã đặt ra", and the plan a result
   * is measured against ("xuất khẩu tăng trưởng bình quân khoảng 10,8%/năm, gấp hơn 2 lần kế hoạch
   * đề ra"), with the goal's figure between them too ("Tỷ lệ dịch vụ công trực tuyến đạt gần 100%,
   * nằm trong top đầu cả nước và vượt xa chỉ tiêu 80% đề ra", huengaynay.vn on Huế's 2025 results),
   * and the level set, "mức (bình quân) đề ra" ("đạt xấp xỉ 19% (cao hơn so với mức bình quân đã đề
   * ra theo Nghị quyết 01 là 17%/năm)", quangninh.gov.vn's press review), a growth scenario set
   * ("GRDP tăng 7,35% (cùng kỳ tăng 5,44%; cao hơn kịch bản đề ra đầu năm là 7,21%)", baomoi on Hà
   * Nội's first quarter of 2025) and a goal a body set itself ("Kết quả tăng trưởng 10,3% không chỉ
   * giúp tỉnh hoàn thành mục tiêu tự đề ra", vnexpress on Phú Thọ's 2025): "đề ra" then names what
   * was set, at its place, not every figure of the sentence. So does a level with the body that set
   * it between ("là năm đầu tiên vượt mức do Quốc hội khóa XIII đề ra") and a comparison with what
   * was set out ("nhưng thấp hơn đề ra trong Kế hoạch 5 năm"), the Wikipedia page of Vietnam's
   * economy.
   */
  private static final Pattern GOAL_NOUN_BEFORE =
      Pattern.compile(
          "(?:(?:muc\\s+tieu|chi\\s+tieu|ke\\s+hoach|kich\\s+ban|\\bmuc(?:\\s+binh\\s+quan)?)"
              + "\\s+(?:\\d{1,3}(?:[,.]\\d+)?\\s?%\\s+)?"
              // the body that set it between: "vượt mức do Quốc hội khóa XIII đề ra"
              + "(?:do\\s+(?:[\\p{L}]+\\s+){1,5})?"
              // or a comparison with what was set out: "thấp hơn đề ra trong Kế hoạch 5 năm"
              + "|\\b(?:thap|cao)\\s+hon\\s+)"
              + "(?:(?:da|duoc|tu)\\s+)?$");

  /**
   * Where the first word of intent of an (NFC) sentence starts, outside the phrases that name a
   * goal as reached or missed; -1 when it has none. A word of intent sets the figures after it: in
   * "Tỷ lệ hồ sơ trực tuyến đạt 82%; … kiến trúc … hướng đến Chính quyền số" or "… trên 80% dân số
   * …, cần có giải pháp nhằm đạt được mục tiêu đề ra" the figure comes first and is not set by the
   * words after it.
   */
  static int intentStart(String sentence) {
    String f = VietnameseText.fold(withoutAttained(sentence));
    Matcher m = INTENT.matcher(f);
    int first = -1;
    Matcher says = DOCUMENT_SAYS.matcher(f);
    if (says.find()) {
      first = says.end();
    }
    // the criteria a document lays down, listed after "gồm:" (CriteriaOfDocument)
    int criteria = CriteriaOfDocument.listedFrom(f);
    if (criteria >= 0) {
      first = first < 0 ? criteria : Math.min(first, criteria);
    }
    // a plan opening the sentence and what it is: "Kế hoạch … là …" (PlanIsContent)
    int content = PlanIsContent.contentFrom(f);
    if (content >= 0) {
      first = first < 0 ? content : Math.min(first, content);
    }
    String whole = null;
    while (m.find()) {
      if (SET_OUT.matcher(m.group()).matches()
          && !GOAL_NOUN_BEFORE.matcher(f).region(Math.max(0, m.start() - 50), m.start()).find()) {
        if (whole == null) {
          whole = VietnameseText.fold(sentence);
        }
        Matcher missed =
            GOAL_NOUN_BEFORE
                .matcher(whole)
                .region(Math.max(0, m.start() - 50), m.start())
                .useTransparentBounds(true);
        if (missed.find()) {
          // the goal of a result told as missed or exceeded, its figure before "đề ra": "Tỷ lệ
          // hồ sơ … đạt 45%, chưa đạt mục tiêu 50% đề ra", "đạt 99,5%, vượt chỉ tiêu 98% đề ra"
          // (the settled convention of the corpus): "đề ra" sets the goal named at its place, from
          // the goal noun
          // on, not the result before it
          first = first < 0 ? missed.start() : Math.min(first, missed.start());
          continue;
        }
        // "đề ra" on its own names what the figure measures as set out, wherever it stands:
        // "Hoàn thành 100% nhiệm vụ của Kế hoạch CCHC Nhà nước đã đề ra"
        return 0;
      }
      if (first < 0 || m.start() < first) {
        first = m.start();
      }
    }
    return first;
  }
}

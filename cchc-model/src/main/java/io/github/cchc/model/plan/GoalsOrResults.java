package io.github.cchc.model.plan;

import io.github.cchc.model.text.VietnameseText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Telling a text's goals from its results, line by line: headings of results and of goals, lists
 * and paragraphs of goals, a page's account of a plan, words of intent and of results; the
 * sentences read as goals give their targets ({@link SentenceTargets}).
 */
final class GoalsOrResults {
  /** A sentence ending on the number of the first item of a list run into the line: "… 1." */
  private static final Pattern LIST_OPENS = Pattern.compile("\\s\\d{1,2}\\.$");

  /**
   * The level of a past period given beside a plan's figure in its brackets, on NFC text: ", 5 năm
   * trước là 1,85%", ", năm trước là 2%", ", cùng kỳ là 6%", ", kỳ trước 4%": a result of the past,
   * not the plan.
   */
  private static final String PAST_BESIDE_PLAN =
      "(?iu),\\s*(?:(?:\\d+\\s+)?(?:năm|kỳ|nhiệm\\s+kỳ)\\s+trước|cùng\\s+kỳ)(?:\\s+là)?\\s+(?:[^,;()]|,(?=\\d))*";

  /**
   * A whole quota, on folded text: "đạt 100% chỉ tiêu", "hoàn thành 100% kế hoạch", and the quota
   * given after what is to be done, without a verb: "giải ngân vốn đầu tư công 100% kế hoạch" in
   * the goals Cần Thơ's first congress set (tienphong).
   */
  private static final Pattern WHOLE_QUOTA =
      Pattern.compile("(?<![\\d,.])100\\s?%\\s+(?:chi\\s+tieu|ke\\s+hoach)\\b");

  /** A percentage in a sentence: "8%", "95,2 %". */
  private static final Pattern PERCENT_FIGURE = Pattern.compile("\\d\\s?%");

  /**
   * True when the (NFC) sentence sets its own goal before its first figure ("Năm 2025, tỉnh Vĩnh
   * Phúc đặt mục tiêu tăng trưởng kinh tế từ 8 đến 9%."), not a request after a result ("Năm 2024,
   * tỷ lệ hồ sơ đúng hạn đạt 95,2%, đề nghị các sở tiếp tục duy trì.").
   */
  private static boolean setsOwnGoalFirst(String sentence) {
    int at = Goals.intentStart(sentence);
    if (at < 0) {
      return false;
    }
    Matcher figure = PERCENT_FIGURE.matcher(sentence);
    return !figure.find() || at < figure.start();
  }

  /** The longest line read as a headline in a block of links to other pages. */
  private static final int MAX_HEADLINE = 200;

  /**
   * True when the (folded) sentence sets a whole quota after its word of intent and not in the past
   * ("Cụ thể, phấn đấu doanh thu thương mại tăng 5,7% …; hoàn thành công tác giao quân đạt 100% chỉ
   * tiêu", Long Điền's 2025 chỉ tiêu on baobariavungtau): the quota is the goal, where a share of
   * it is a result ("thu ngân sách đạt 105% kế hoạch", "đã hoàn thành 100% chỉ tiêu").
   */
  private static boolean wholeQuotaSet(String folded, int intentAt, String sentence) {
    Matcher m = WHOLE_QUOTA.matcher(folded);
    if (!m.find()) {
      // or a share of it bounded, after a word of intent of the sentence's own (BOUNDED_QUOTA)
      m = BOUNDED_QUOTA.matcher(folded);
      int own = Goals.intentStart(sentence);
      return m.find() && own >= 0 && own < m.start() && !ResultWords.past(sentence);
    }
    return ((intentAt >= 0 && intentAt < m.start()) || FUTURE_BEFORE.matcher(sentence).find())
        && !ResultWords.past(sentence);
  }

  /**
   * The future ("sẽ") opening what the sentence tells, on NFC text: the whole quota after it is to
   * be completed, as after a word of intent ("Trong nhiệm kỳ sẽ thành lập mới 750 doanh nghiệp, kết
   * nạp 600 đảng viên, hoàn thành 100% chỉ tiêu giao quân.", baothanhhoa on phường Đông Sơn's
   * congress 2025-2030).
   */
  private static final Pattern FUTURE_BEFORE =
      Pattern.compile(
          "(?<!\\p{L})sẽ(?!\\p{L})[^.;]*?(?<![\\d,.])100\\s?%\\s+(?:chỉ\\s+tiêu|kế\\s+hoạch)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * A share of a quota with a plan's bound before it, on folded text: "đạt trên 95% kế hoạch", "ít
   * nhất 95% kế hoạch", "không vượt quá 25% chỉ tiêu": after a word of intent, a goal as the whole
   * quota is ("Về các chỉ tiêu cụ thể, một trong những nhiệm vụ trọng tâm là phấn đấu tỷ lệ giải
   * ngân vốn đầu tư công năm 2026 đạt trên 95% kế hoạch được Thủ tướng Chính phủ giao", vneconomy
   * on the Ministry of Construction's 2026; "NHNN yêu cầu các TCTD kiểm soát tốc độ tăng tín dụng
   * trong 3 tháng đầu năm không vượt quá 25% chỉ tiêu cả năm", thoibaonganhang). A share reached is
   * given without a bound ("đạt 95,3% kế hoạch"), and a sentence carried on from a word of intent
   * before it may report one ("Tiến độ giải ngân vốn đầu tư công đạt bình quân trên 95% kế hoạch
   * hằng năm", plo on Vĩnh Long's term): the word of intent must be the sentence's own.
   */
  private static final Pattern BOUNDED_QUOTA =
      Pattern.compile(
          "\\b(?:tren|toi\\s+thieu|it\\s+nhat|khong\\s+(?:vuot\\s+)?qua|toi\\s+da"
              + "|khong\\s+thap\\s+hon)\\s+\\d{1,3}(?:[,.]\\d+)?\\s?%\\s+(?:chi\\s+tieu|ke\\s+hoach)\\b");

  /**
   * Returns the targets of a text, telling goals from results. A sentence is a result, not a
   * target, when it is under a heading about results ("KẾT QUẢ ĐẠT ĐƯỢC", "ĐÁNH GIÁ KẾT QUẢ THỰC
   * HIỆN", "TÌNH HÌNH THỰC HIỆN"), when it gives a share of a goal ("đạt 76,5% mục tiêu"), or when
   * it has no word of intent ("phấn đấu", "mục tiêu", "chỉ tiêu", "đề ra", "hướng tới") and says
   * what happened: a change by an amount ("tăng 1,72%", "cao hơn 1,71% so với"), a ranking ("xếp
   * thứ", "dẫn đầu", "cao nhất", "còn lại"), an average, a count of units ("6/6 vùng", "gồm 13
   * tỉnh"), a sentence opening on a past period ("Năm 2021, ..."). A reduction ("cắt giảm 50% thời
   * gian") is no change by an amount, and a "đã" in a relative clause after a figure ("… dữ liệu đã
   * được số hóa" after "giảm tối thiểu 20%") is not the sentence's past. Other sentences are
   * targets in a plan and results in a report or a news page ({@code resultsByDefault}), except in
   * a page's account of a plan: after "Theo đó" following a sentence that names a plan as issued or
   * carried out (or opening the text), figures not told as results are the plan's goals until one
   * is. A list of goals (titled "Các chỉ tiêu chủ yếu", announced by a line ending on a colon or by
   * "gồm:"), a paragraph of goals and an account of a plan that has set a goal read a change by an
   * amount or a count ("tăng 6,57% so với cùng kỳ", "duy trì 8/8 xã") as a goal, not a result.
   *
   * @param text the text
   * @param resultsByDefault whether a sentence with neither intent nor result words is a result
   * @return the targets; empty if there are none
   */
  static List<Target> extract(CharSequence text, boolean resultsByDefault) {
    Objects.requireNonNull(text, "text");
    return extract(List.of(TextLine.of(text.toString())), resultsByDefault);
  }

  /**
   * Returns the targets of lines of a text, as {@link #extract(CharSequence, boolean)}: the goal
   * cells a reader of a Word file's tables has told ({@link TextLine#goalCell()}) are goals, each
   * read alone.
   */
  static List<Target> extract(List<TextLine> text, boolean resultsByDefault) {
    List<Target> targets = new ArrayList<>();
    // a table of chỉ tiêu told as lines of goals, its columns of results left out (GoalTable)
    List<TextLine> lines = new ArrayList<>();
    List<String> run = new ArrayList<>();
    for (TextLine t : text) {
      if (t.goalCell()) {
        if (!run.isEmpty()) {
          lines.addAll(GoalTable.lines(TargetExtractor.plain(String.join("\n", run))));
          run.clear();
        }
        lines.add(TextLine.goal(TargetExtractor.plain(t.text())));
      } else {
        run.add(t.text());
      }
    }
    lines.addAll(GoalTable.lines(TargetExtractor.plain(String.join("\n", run))));
    String plain = String.join("\n", lines.stream().map(TextLine::text).toList());
    boolean resultSection = false;
    boolean intentList = false;
    // the list of goals was announced by a whole line or a run-in "gồm:", not by list marks only
    boolean announced = false;
    boolean lastIntent = false;
    // the sentence before this one told a plan as issued, not as a result (PlanJustIssued)
    boolean lastIssued = false;
    // the sentence before this one set goals by figures (FigureFirst)
    boolean lastRead = false;
    // the sentence before read two goals or more: a list of goals in progress (RateListedNext)
    boolean lastReadList = false;
    // where the targets the sentence before this one read begin, -1 if it read none
    // (RespectiveValues)
    int lastReadFrom = -1;
    // a page's account of a plan ("UBND tỉnh vừa ban hành Kế hoạch … Theo đó, …", or a text
    // opening on "Theo đó, …"): the figures it goes on to list are the plan's, until one is told
    // as a result
    boolean planAccount = false;
    // the account has set a goal by a word of intent or by name ("Theo đó, Châu Đức phấn đấu …",
    // "Đại hội xác định …"), so its changes by an amount are goals too
    boolean accountSet = false;
    boolean lastNamesPlan = false;
    // the sentence before this one told a plan passed or issued (PlanPassedContents)
    boolean lastPassed = false;
    // a sentence of the page before this one named a plan as issued or carried out
    boolean planNamed = false;
    boolean first = true;
    // the page is titled as a list of goals ("Các chỉ tiêu chủ yếu phát triển Kinh tế - Xã hội đến
    // năm 2025" as its first line): the sub-headings under it that name a field ("a) Về kinh tế",
    // "b) Về xã hội") go on with the list, as a heading titling goals would
    boolean goalsPage = false;
    // under a heading that opens a section of goals (GoalHeadings.opensGoalsSection)
    boolean goalsSection = false;
    // under a heading of tasks in a text of results by default (TaskSection)
    boolean taskSection = false;
    boolean firstLine = true;
    int latestYear = TimeAhead.latestYear(VietnameseText.fold(plain));
    // the abbreviations the page defines for a plan's figures: "kịch bản tăng trưởng (KBTT)"
    // (PlanAbbreviations)
    Set<String> planAbbreviations = PlanAbbreviations.defined(VietnameseText.fold(plain));
    // the text passes a budget estimate for a year to come: the deficit it gives is a ceiling it
    // sets (DeficitOfEstimate)
    boolean estimatePassed =
        DeficitOfEstimate.estimatePassed(VietnameseText.fold(plain), latestYear);
    // under a block title of links to other pages ("Bài liên quan"): their headlines, lines
    // without a full stop, are other pages', until a line of the page's own
    boolean related = false;
    // the paragraph before ended as a paragraph of goals no result ended (GoalsRunOn)
    boolean goalsBefore = false;
    // the sentence before set goals by a body with no figure: "Tỉnh ủy … đặt ra 14 chỉ tiêu …"
    // (PlanEstimate.setsGoals)
    boolean goalsSetBefore = false;
    // a line naming a measure and ending with a colon: the items under it that say only when
    // measure it (MeasureHeading)
    MeasureHeading measureHeading = new MeasureHeading();
    // where the targets of the line being read begin, and whether the line before read any
    boolean lineBeforeRead = false;
    int lineStart = 0;
    for (TextLine toldLine : GoalTable.joined(lines)) {
      String line = toldLine.text();
      measureHeading.next(line, targets);
      // an image's name glued before its caption restates the headline (PhotoCaption)
      String l = PhotoCaption.withoutImageName(line.strip());
      if (l.isEmpty()) {
        continue;
      }
      // whether the line before read a goal (an account "Theo đó, …" of it may follow)
      lineBeforeRead = targets.size() > lineStart;
      lineStart = targets.size();
      if (toldLine.goalCell()) {
        // a goal cell of a table of chỉ tiêu: a goal by its column, read alone (GoalTable)
        SentenceTargets.extractSentence(l, targets, 0);
        continue;
      }
      String fl = VietnameseText.fold(l);
      if (PageFurniture.titlesRelatedLinks(fl)) {
        related = true;
        continue;
      }
      if (related && !l.endsWith(".") && l.length() <= MAX_HEADLINE) {
        continue;
      }
      related = false;
      int reached = ReachedGoalsHeading.end(fl, latestYear);
      if (reached > 0) {
        // "Các chỉ tiêu đạt được năm 2018: Về các chỉ tiêu kinh tế, …" announces results: it ends
        // the goals before it, opens no list of goals, and the text after it is read by its own
        // words (ReachedGoalsHeading)
        intentList = false;
        announced = false;
        planAccount = false;
        accountSet = false;
        goalsBefore = false;
        lastIntent = false;
        l = l.substring(reached).strip();
        fl = VietnameseText.fold(l);
        if (l.isEmpty()) {
          continue;
        }
      }
      // a photo's caption closed by its credit ends no goals: what the sentences before it told
      // goes on after it, with what it tells itself (PhotoCaption)
      // (a caption opening the text leaves its first sentence to the line after it: "Ảnh minh họa
      // (Ảnh: Ngọc Thắng)⏎Theo đó, Thành phố sẽ duy trì …", tphcm.dangcongsan.vn)
      boolean[] beforeCaption =
          // a caption without its credit naming who is seen and what they do (SpeakerCaption)
          PhotoCaption.is(fl) || SpeakerCaption.is(l, fl)
              ? new boolean[] {
                intentList,
                announced,
                lastIntent,
                lastRead,
                planAccount,
                accountSet,
                goalsBefore,
                first
              }
              : null;
      if (firstLine && beforeCaption == null) {
        firstLine = false;
        goalsPage = GoalHeadings.titlesGoals(fl);
        if (PlanTitle.titlesPlanAhead(fl, latestYear)) {
          // a page titled by the plan it gives: its figures are the plan's goals (PlanTitle)
          planAccount = true;
          accountSet = true;
        }
      }
      // an item of a running list of goals told as a sentence without a figure ("4. Phấn đấu đến
      // năm
      // 2025 không còn hộ nghèo trên địa bàn phường.", phường Hội Phú's chỉ tiêu,
      // pleiku.gialai.gov.vn)
      // is no numbered heading: the list goes on after it (a heading in capitals still ends it)
      boolean itemOfList =
          intentList
              && l.endsWith(".")
              && GoalHeadings.isListItem(fl)
              && !l.equals(l.toUpperCase(Locale.ROOT));
      boolean heading = !itemOfList && GoalHeadings.isHeading(l, fl);
      if (heading) {
        // a sub-heading naming a field under a list of goals goes on with it (FieldSubheadings)
        boolean listGoesOn = intentList && announced && FieldSubheadings.namesField(fl);
        Boolean results = GoalHeadings.resultHeading(fl);
        if (results != null) {
          resultSection = results;
        }
        intentList = false;
        announced = false;
        planAccount = false;
        accountSet = false;
        if (goalsSection
            && (results == Boolean.TRUE
                || (GoalHeadings.topHeading(fl) && !GoalHeadings.opensGoalsSection(fl)))) {
          goalsSection = false;
        }
        if (taskSection
            && (results == Boolean.TRUE
                || (GoalHeadings.topHeading(fl) && !TaskSection.opens(fl, results)))) {
          taskSection = false;
        }
        if (resultsByDefault && TaskSection.opens(fl, results)) {
          // "III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM, CỤ THỂ" of a Thông báo kết luận: what it asks for
          // is to be done, its figures goals unless told as results (TaskSection)
          taskSection = true;
          resultSection = false;
        }
        if (GoalHeadings.opensGoalsSection(fl)) {
          // a heading opening a section of goals ("I. PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ CHỦ YẾU
          // NHIỆM KỲ 2015- 2020:"): its lines and the sub-headings naming a field under it ("1.
          // Kinh tế:") are goals, until a heading of results or another heading of the top level
          goalsSection = true;
        }
        if (results != Boolean.TRUE
            && (GoalHeadings.titlesGoals(fl) || goalsSection || (goalsPage && results == null))) {
          // a heading that titles a list of goals ("3.1.2. Các chỉ tiêu chủ yếu"): the lines
          // under it are the goals, on a news page too, until a heading or a line in the past
          intentList = true;
          announced = true;
        }
        if (listGoesOn && results != Boolean.TRUE) {
          intentList = true;
          announced = true;
        }
      } else if (!GoalHeadings.isListItem(fl)
          && !(announced
              && !ResultWords.past(l)
              // a paragraph opening on a past year with a result (PastYearEndsList)
              && !PastYearEndsList.ends(l, fl, latestYear)
              && !(l.endsWith(":") && !Goals.intent(fl)))) {
        // a list of goals announced by a line of its own ("Mục tiêu đến năm 2030:") or run into a
        // sentence ("các chỉ tiêu chủ yếu gồm: …") goes on over the lines after it, list-marked or
        // not, until a heading, a line in the past (or opening on a past year with a result) or a
        // line announcing something else
        intentList = false;
        announced = false;
      }
      if (DeadlineLeadIn.announces(l, fl, latestYear)) {
        // "Đến năm 2030:" on a line of its own: the lines under it are the goals due by then
        intentList = true;
        announced = true;
      }
      // a paragraph opening on a goals heading run into it ("Mục tiêu cụ thể, Lào Cai đạt 100%
      // …"): its sentences are the goals it lists, until one is told as a result
      boolean runOn = GoalsRunOn.carries(goalsBefore, heading, l);
      boolean goalParagraph = runOn;
      boolean opening = true;
      List<String> sentences = Sentences.sentences(l);
      for (int at = 0; at < sentences.size(); at++) {
        String whole = sentences.get(at);
        // the sentence after it, which may name its figures as a goal (GoalNamedNext)
        String next =
            at + 1 < sentences.size() ? VietnameseText.fold(sentences.get(at + 1).strip()) : "";
        // a subject is the words of its own sentence: not the page's dateline before it ("date
        // 2025-11-13 Mục tiêu tăng trưởng …") or its time after it ("… tối thiểu 98% 20/01/2026
        // 15:35")
        // a tally of the goals met closing a sentence that sets a goal is no part of it
        // (TallyAfterGoal)
        String sentence = TallyAfterGoal.without(Sentences.withoutDateline(whole));
        if (sentence.isEmpty()) {
          continue;
        }
        String f = VietnameseText.fold(sentence);
        if (PageFurniture.photoCredit(f)) {
          // "Ảnh minh họa" between a goal and the "Cụ thể, …" that goes on with it
          continue;
        }
        boolean opensParagraph = opening;
        opening = false;
        boolean afterFigures = lastRead;
        boolean afterList = lastReadList;
        int previousFrom = lastReadFrom;
        lastRead = false;
        lastReadList = false;
        lastReadFrom = -1;
        // how the sentence tells its figures, computed once for every rule below; after a goal, a
        // sentence opening on a year no earlier than the latest the text names goes on to the
        // next year's goals ("… mục tiêu năm 2025 …. Năm 2026, cắt giảm, đơn giản hóa 100% …")
        // the writer's comment closing the sentence tells nothing of its figures (WritersComment)
        // and the "cao nhất" of a rank group's measure tells no place reached (RankGroupMeasure);
        // so does one setting its own goal ("Năm 2025, tỉnh Vĩnh Phúc đặt mục tiêu tăng trưởng
        // kinh tế từ 8 đến 9%." in a page of 2024's results): its year is the goal's
        // and a figure-less review of the past leading into the sentence's own clause ("Bên cạnh
        // tập trung đánh giá những kết quả đạt được của nhiệm kỳ trước, Đại hội xác định …") tells
        // nothing of its figures either (ReviewLeadIn)
        String commented =
            ReviewLeadIn.without(WritersComment.without(RankGroupMeasure.blanked(sentence, f), f));
        // an estimate opening the part of goals the sentence before set is the plan's figure
        // ("… đặt ra 14 chỉ tiêu …. Trong đó, tổng sản phẩm xã hội ước đạt …") (PlanEstimate)
        boolean partOfGoalsSet = goalsSetBefore;
        goalsSetBefore = false;
        // results named without a figure in a clause before the goals set (ResultsNamedBeforeGoals)
        String toldFrom = ResultsNamedBeforeGoals.blanked(commented);
        Told told =
            ResultWords.told(
                ResultWords.withoutPastAside(
                    toldFrom, f.substring(0, toldFrom.length()), latestYear),
                lastIntent || setsOwnGoalFirst(sentence) ? latestYear : Integer.MAX_VALUE,
                partOfGoalsSet);
        if (SurveyAsSource.opens(f)) {
          // "Theo điều tra dân số năm 2024, tỷ lệ nhà kiên cố … là 84,4%": what was counted, a
          // result (SurveyAsSource)
          told = Told.RESULT;
        }
        goalsSetBefore = told != Told.RESULT && PlanEstimate.setsGoals(f);
        if (told == Told.RESULT
            && (runOn || goalParagraph)
            && ChangeByRange.onlyMargins(sentence)) {
          // in a paragraph of goals, changes by a range and levels to come down to are the plan's
          // margins, told as changes ("Tỉ lệ hộ nghèo giảm 1,5 - 2%, giảm tỉ lệ thất nghiệp … còn
          // 2,4%") (ChangeByRange)
          told = Told.CHANGE;
        }
        if (runOn && (GoalsRunOn.ends(told, sentence, f, latestYear) || Goals.intent(f))) {
          // a paragraph carried on from goals before it goes on with them only while it tells
          // nothing of what happened and has no word of goals of its own ("Mục tiêu của tỉnh là
          // …" opens an account of its own, read by the rules below) (GoalsRunOn)
          runOn = false;
          goalParagraph = false;
        }
        if (goalParagraph
            && told == Told.RESULT
            && !ResultWords.toldOnlyByLevel(
                sentence, lastIntent ? latestYear : Integer.MAX_VALUE)) {
          goalParagraph = false;
        }
        // a paragraph opening on another deadline or period right after goals goes on with them
        // (NextTimeOfGoals)
        boolean nextTime =
            (opensParagraph
                    && lastIntent
                    // or on the next field of goals given field by field (FieldOfGoalsNext)
                    && (NextTimeOfGoals.opensOnTime(f) || FieldOfGoalsNext.opens(f))
                    && told != Told.RESULT)
                // a rate named first right after a list of goals set by figures: its next item
                // (RateListedNext)
                || (lastIntent && afterList && RateListedNext.next(sentence, f, told, latestYear))
                // or, after a single goal, one whose every figure has a plan's bound ("Tỷ lệ hộ
                // nghèo ở huyện nghèo giảm trên 4%") (RateListedNext)
                || (lastIntent && afterFigures && RateListedNext.nextBounded(f, told));
        // a sentence going on from a goal by its connector alone but measuring its figure against
        // the same period of the year before or placing it among all ranked reports a result
        // (CarriedOnResult); in a list or a paragraph of goals the list's rules hold
        boolean carriedResult =
            !(intentList || goalParagraph || nextTime) && lastIntent && CarriedOnResult.reports(f);
        if (carriedResult) {
          told = Told.RESULT;
        }
        // a sentence opening on a bare share right after a sentence that set goals by figures is
        // the next goal of the same list (FigureFirst), unless it is told as a result
        boolean carried =
            intentList
                || goalParagraph
                || nextTime
                || (lastIntent
                    // not one that opens on the present (PresentOpening)
                    && (((Goals.continues(f) || OrdinalItem.next(f))
                            && !PresentOpening.opens(f)
                            && !carriedResult)
                        // a figure due by a year still ahead, the year after it (DueAfterFigure)
                        || DueAfterFigure.dueAhead(f, latestYear)
                        || (afterFigures && FigureFirst.opensOnShare(f) && told != Told.RESULT)
                        // the next field of goals given field by field, in the same paragraph
                        // (FieldOfGoalsNext)
                        || (afterFigures && FieldOfGoalsNext.opens(f) && told != Told.RESULT)));
        // the word of intent sets the figures after it, not those before it
        int intentAt = carried ? 0 : Goals.intentStart(sentence);
        int topic = GoalsTopic.end(f);
        if (!carried && told == Told.RESULT && topic > 0 && intentAt >= 0 && intentAt < topic) {
          // goals named as the topic of a sentence told as a result set nothing: "Về các chỉ tiêu
          // kinh tế, tăng trưởng GRDP đạt 10,27% - đứng thứ 5 toàn quốc" (GoalsTopic)
          int after = Goals.intentStart(sentence.substring(topic));
          intentAt = after < 0 ? -1 : topic + after;
        }
        if (intentAt != 0
            && told != Told.RESULT
            && (NamedAmongGoals.names(f)
                // or named as a goal by the sentence after it: "… 50% số dân cư trú … phải được
                // cấp căn cước công dân điện tử. Đây là mục tiêu mà TP. Hà Nội phải đạt được …"
                // (GoalNamedNext)
                || GoalNamedNext.names(next))) {
          // "… tăng từ 10,3% trở lên; … là hai trong 7 chỉ tiêu chủ yếu …": the figures before it
          // named as goals (NamedAmongGoals)
          intentAt = 0;
        }
        if (!(intentList || goalParagraph || nextTime) && JudgedAgainstPlan.reported(sentence)) {
          // a figure judged against the plan named without its figure ("… đạt 6% (đạt theo kế
          // hoạch)") is a result, whatever goes on or names the indicator (JudgedAgainstPlan)
          intentAt = -1;
          told = Told.RESULT;
        }
        if (intentAt < 0 && estimatePassed && DeficitOfEstimate.givesDeficit(f)) {
          // "Mức bội chi NSNN là 605.800 tỷ đồng, tương đương 4,2% … (GDP)" of the estimate passed:
          // set, not reported, whatever its "tương đương" (DeficitOfEstimate)
          intentAt = 0;
          told = Told.NOTHING;
        }
        if ((PlanAccount.accordingly(f)
                && (lastNamesPlan
                    || planNamed
                    || first
                    || PlanAccount.periodAhead(f, latestYear)
                    // a paragraph opening "Theo đó, …" right after one that set goals: the account
                    // of the plan they are the goals of ("Mục tiêu nhằm …, nâng tỷ lệ che phủ rừng
                    // lên 2% vào năm 2025 …. ⏎ Theo đó, giai đoạn 2021 - 2025, toàn tỉnh trồng mới
                    // 416ha rừng; …; tỷ lệ che phủ rừng 2%; …", baodongkhoi on Bến Tre's forests)
                    || (opensParagraph && lineBeforeRead)))
            || PlanAccount.accordingToPlan(f)
            || DecisionAsSource.setsDeadlineAhead(f, latestYear)
            || (PlanAccount.setsGoalsOf(sentence, f)
                && (planNamed || PlanAccount.mentionsPlan(f)))) {
          // "Theo đó, trong năm 2026, ngành … đảm bảo 100% …" in a page of 2026: the account of
          // the year's plan, as after a sentence naming the plan; "Theo đó, …" or "huyện Đông
          // Giang đặt mục tiêu …" after the plan was named as issued further up the page (a
          // sentence of the lead between them), "kế hoạch hành động … đặt mục tiêu …": what the
          // page goes on to list is the plan's, over its paragraphs, until one is told as a result
          planAccount = true;
          // "Theo đó, …" right after the plan told as issued: what it gives are the plan's goals
          // (PlanJustIssued)
          // a sentence opening on the plan as its source ("Theo Quy hoạch tỉnh giai đoạn 2021-2030,
          // tốc độ tăng trưởng bình quân giai đoạn này dự kiến đạt 15-16%.", congthuong.vn on Bắc
          // Giang's plan to 2030) gives the plan's figures, its growths too, as a goal set by name
          accountSet =
              accountSet
                  || PlanAccount.setsGoalsOf(sentence, f)
                  || (lastIssued && PlanAccount.accordingly(f))
                  || ((PlanAccount.accordingToPlan(f)
                          // a decision's requirement by a year ahead (DecisionAsSource)
                          || DecisionAsSource.setsDeadlineAhead(f, latestYear))
                      && told != Told.RESULT);
        }
        if (lastPassed && PlanPassedContents.opensOnContents(f) && told != Told.RESULT) {
          // "… thông qua Nghị quyết về nhiệm vụ … 2021 - 2025. Trong đó, …": the plan's content
          // (PlanPassedContents)
          planAccount = true;
          accountSet = true;
        }
        // a plan passed or goals named as set for the term to come (GoalsSetForTerm)
        lastPassed =
            PlanPassedContents.tellsPassed(f) || GoalsSetForTerm.names(f, latestYear, told);
        lastNamesPlan = PlanAccount.namesPlan(f);
        lastIssued = told != Told.RESULT && PlanJustIssued.tells(f);
        planNamed = planNamed || lastNamesPlan;
        first = false;
        boolean intent = intentAt >= 0;
        boolean said = intent;
        lastIntent = intent;
        accountSet = accountSet || (planAccount && intent);
        if (GoalHeadings.opensOnGoalsHeading(f)
            || (opensParagraph && TimeAhead.deadlineAhead(f, latestYear) && told != Told.RESULT)
            || nextTime
            || (opensParagraph
                && intent
                && told != Told.RESULT
                && TimeAhead.namesTermAhead(f, latestYear))
            || (intent && told != Told.RESULT && GoalsRunOn.namesGoalOfYearAhead(f, latestYear))
            // goals set by their count for the year to come (GoalsSetForTerm)
            || GoalsSetForTerm.opensGoals(f, latestYear, told)) {
          // a paragraph opening on a goals heading run into it, on the deadline still to come
          // ("Trong đó, đến 2025, Long An kỳ vọng có ít nhất 90% … . 70% số xã …") or on a sentence
          // setting the goals of the term still to come ("Đảng bộ xã Phúc Khánh nhiệm kỳ 2025-2030
          // đặt mục tiêu đến năm 2030, tốc độ tăng … 8%/năm; …. Tỷ lệ hộ nghèo giảm còn 2,5-3,5%.
          // Tỷ lệ lao động qua đào tạo đạt 75%, …"): its sentences are the goals it lists, until
          // one is told as a result (a level to come down to is no result there)
          goalParagraph = true;
          runOn = false;
        }
        // results set against their goals keep the goals, in a results section too: "ước tăng
        // 5,3% (Nghị quyết 6,5%), đạt 81,54% kế hoạch" under "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU"
        // (the rest judged for a word of intent without the goals named as met: "đã nỗ lực phấn
        // đấu, thực hiện thắng lợi 9 chỉ tiêu …: … 48% (chỉ tiêu đại hội 44%)", GoalsCountedMet)
        List<int[]> goals =
            intentList
                ? List.of()
                : GoalsAgainstResults.contrastGoals(
                    f, VietnameseText.fold(GoalsCountedMet.without(sentence)));
        if (goals.isEmpty() && !intentList && intentAt < 0) {
          // its only words of goals name them as reached or missed ("Một số chỉ tiêu khác không
          // đạt, đó là … bằng 28,5% GRDP (kế hoạch từ 34 - 36%)", cafef on Lâm Đồng's 2024): the
          // plan's figures in brackets are still the goals its results are set against (only
          // the bracketed ones: "vượt mục tiêu … được giao và 743 xã (12,3%)" holds a result)
          goals =
              GoalsAgainstResults.contrastGoals(
                      f, VietnameseText.fold(Goals.withoutAttained(sentence)))
                  .stream()
                  .filter(g -> f.charAt(g[0]) == '(')
                  .toList();
        }
        if (goals.isEmpty() && !intentList) {
          // goals named as not yet reached, with their figures: "còn 4 chỉ tiêu chưa đạt gồm: Chỉ
          // tiêu 100% số trường THPT …; Chỉ tiêu tỷ lệ … ≥ 95%" (GoalsNamedUnmet)
          goals = GoalsNamedUnmet.spans(f, sentence);
        }
        if (!intentList) {
          // the plan's figure in brackets named "KH" beside a result: "41,85% (KH 41%)"
          // (PlanFigureAbbreviated)
          // or by an abbreviation the page defines for it: "(KBTT: 5,44%)" (PlanAbbreviations)
          goals = PlanFigureAbbreviated.with(goals, f, sentence, planAbbreviations);
        }
        if (goals.isEmpty() && !intentList) {
          // the plan's figure named beside a result: "(đạt khoảng 2% so với kế hoạch là 6,8%)"
          // (PlanFigureNamed)
          goals = PlanFigureNamed.spans(f);
          if (goals.isEmpty() && told == Told.RESULT) {
            // or given by a clause of its own among the results: "…, kế hoạch tăng trưởng trung
            // bình 7,5% mỗi năm giai đoạn 2016-2020, …" (PlanFigureNamed)
            goals = PlanFigureNamed.clauses(f);
          }
        }
        if (goals.isEmpty() && !intentList && !carried) {
          // the goal a result is judged against, its figure after its name: "vượt mục tiêu tối
          // thiểu 85% của Thành phố", "(vượt chỉ tiêu toàn quốc là 60%)", when the sentence sets
          // no goal of its own (GoalVerdict)
          goals = GoalVerdict.spans(f, sentence);
        }
        // a share of a quota in a list of goals is a goal ("Tuyển chọn, gọi công dân nhập ngũ hàng
        // năm đạt 100% chỉ tiêu", xã Sơn Lang's chỉ tiêu), and so is the whole quota after a word
        // of intent, not in the past ("Cụ thể, phấn đấu …; hoàn thành công tác giao quân đạt 100%
        // chỉ tiêu"); a share of a goal elsewhere is a result ("đạt 76,5% mục tiêu")
        boolean shareOfGoal =
            !intentList
                && GoalsAgainstResults.shareOfGoal(f)
                && !wholeQuotaSet(f, intentAt, sentence)
                // a clause of its own setting a goal after the shares (GoalsAgainstResults)
                && !GoalsAgainstResults.goalSetAfterShares(f, intentAt);
        if (goals.isEmpty() && shareOfGoal && !resultSection) {
          // a share of a goal reached is a result, its "mục tiêu" the result's yardstick: it
          // opens no paragraph of goals and ends one, as any result does ("Sau hơn 3 năm triển
          // khai thực hiện Nghị quyết …, GRDP bình quân giai đoạn 2016 – 2018 đạt 8,78%/năm, đạt
          // hơn 97% mục tiêu Nghị quyết.", kontumtv)
          goalParagraph = false;
        }
        if (goals.isEmpty() && (resultSection || shareOfGoal)) {
          continue;
        }
        if (!intent && GoalsAgainstResults.sharesOutMoney(f)) {
          // a rule sharing out money: "nộp 100% tiền lệ phí thu được vào ngân sách nhà nước"
          continue;
        }
        if (!goals.isEmpty()) {
          // results set against their goals: "đạt 63,47% (mục tiêu 70%)": only the goals; the
          // sentence is a result, and one going on with it ("Trong đó, chỉ số sản xuất công
          // nghiệp tăng 14,92%.") goes on with the result, not with a goal; told as a result, it
          // ends a page's account of a plan, as a result does below
          lastIntent = false;
          if (told == Told.RESULT) {
            planAccount = false;
            accountSet = false;
          }
          for (int[] g : goals) {
            String goal =
                sentence
                    .substring(g[0], g[1])
                    .replaceAll("^\\(|\\)$", "")
                    .replaceFirst(
                        "^(?iu)(?:trong\\s+khi|(?:(?:vượt|đạt|bằng)\\s+)?so\\s+với)\\s+", "")
                    // the result before the slash of "tỷ lệ che phủ rừng 45,2%/45%"
                    .replaceAll("\\d{1,3}(?:[,.]\\d+)?\\s?%\\s?/\\s?(?=\\d)", "")
                    // the level of a past period beside the plan: "(kế hoạch là 3%, 5 năm trước
                    // là 1,85%)" (Hậu Giang's KH 1983/2020 on its growth by sector)
                    .replaceAll(PAST_BESIDE_PLAN, "");
            int readBefore = targets.size();
            SentenceTargets.extractSentence(goal, targets, 0);
            GoalOfLevelHeldDown.turn(targets, readBefore, sentence);
            // the plan's figure beside the farm share of a structure is a ceiling
            // (PlanShareHeldDown)
            PlanShareHeldDown.turn(targets, readBefore, f, g[0], goal);
            // "tăng 7,37% so với năm 2022 (kế hoạch 11% trở lên)": the goal measures what the
            // result before it measures (MeasureOfResult)
            MeasureOfResult.name(targets, readBefore, sentence.substring(0, g[0]));
          }
          continue;
        }
        // a change by an amount or a count in a list of goals, a paragraph of goals or a page's
        // account of a plan that has set a goal is a growth or a number to reach ("Theo đó, Châu
        // Đức phấn đấu …. Doanh thu thương mại, dịch vụ đạt 10.930 tỷ đồng, tăng 8,61% so với cùng
        // kỳ"), elsewhere a result ("Theo đó, tổng giá trị sản xuất tăng 12,5%" after a year's
        // results); so is one in a sentence opening on a deadline still to come, the latest year
        // the text names ("Đến năm 2025, … đóng góp của năng suất các nhân tố tổng hợp (TFP) vào
        // tăng trưởng đạt khoảng 45%; …", the Đại hội XIII resolution's goals)
        boolean result =
            told == Told.RESULT
                || (told == Told.CHANGE
                    && !(intentList
                        || goalParagraph
                        || (planAccount && accountSet)
                        || TimeAhead.deadlineAhead(f, latestYear)));
        // a sentence told as a result that announces what follows ("Theo đó, Đề án đã đánh giá
        // hiện trạng … giai đoạn 2016-2020 đã đạt được một số kết quả như sau:", viethung.vn on
        // Văn Lâm's Đề án) ends the account of the plan too: what it announces are results
        if (result
            // a level to come down to set as a goal ends no account (LevelSetAsGoal)
            && !LevelSetAsGoal.sets(sentence, latestYear)
            && (sentence.indexOf('%') >= 0
                || f.contains("nhom")
                || f.contains("top")
                || sentence.endsWith(":")
                // a tally of the goals met (GoalsTallied)
                || GoalsTallied.in(f)
                // results named in general: "…, đạt nhiều kết quả tích cực." (ResultsAchieved)
                || ResultsAchieved.named(f))) {
          planAccount = false;
          accountSet = false;
        }
        if (!intent && !result && TimeAhead.looksAhead(sentence, f, latestYear)) {
          // no word of intent, but the future, a threshold or a deadline still to come: "sẽ
          // được", "ít nhất 50%", "Đến năm 2025, 80% …" (2025 the latest year the text names)
          intent = true;
          lastIntent = true;
        }
        if (!intent && ((resultsByDefault && !planAccount && !taskSection) || result)) {
          continue;
        }
        // figures before the word of intent are read as the sentence would be without it
        boolean early =
            intentAt <= 0
                || (!result
                    && (!resultsByDefault
                        || planAccount
                        || taskSection
                        || TimeAhead.looksAhead(sentence, f, latestYear)));
        // figures given as estimated results ("… tăng so với con số ước đạt năm nay, với tăng
        // trưởng kinh tế trên 8%") are no goals, up to a word of intent after them
        int readBefore = targets.size();
        int[] notGoals = ResultWords.estimated(sentence, partOfGoalsSet);
        if (told == Told.RESULT && notGoals[1] == 0) {
          // a goal named as a result's yardstick sets only its clause's figures (GoalAsYardstick)
          notGoals = GoalAsYardstick.resultsAfter(sentence, intentAt);
        }
        if (notGoals[1] == 0) {
          // opinions voiced in a debate: "… có ý kiến đề nghị quyết định chỉ tiêu GDP tăng 6,8 -
          // 7%; có ý kiến đề nghị nên giữ như năm 2018 từ 6,5 - 6,7%." (OpinionsVoiced)
          notGoals = OpinionsVoiced.span(sentence);
        }
        SentenceTargets.extractSentence(sentence, targets, early ? 0 : intentAt, notGoals);
        // the change told beside a share is no goal of its own (ShareChangeBeside)
        ShareChangeBeside.drop(targets, readBefore, sentence, f);
        // the bare goal a level held down is set against is a ceiling (GoalOfLevelHeldDown)
        GoalOfLevelHeldDown.turn(targets, readBefore, sentence);
        // values given "tương ứng" to the subjects of the sentence before keep their ceilings
        // (RespectiveValues)
        RespectiveValues.turn(targets, previousFrom, readBefore, f);
        // or to the sectors it lists itself before them (RespectiveValues)
        RespectiveValues.turnListed(targets, readBefore, f);
        // "GRDP tăng 7,35% (…; cao hơn kịch bản đề ra đầu năm là 7,21%)": a goal named alone
        // measures what the result before it measures, its comparator turned as the goal's
        // name left it (MeasureOfResult)
        MeasureOfResult.nameEach(targets, readBefore, sentence);
        lastRead = targets.size() > readBefore;
        lastReadFrom = lastRead ? readBefore : -1;
        lastReadList = targets.size() - readBefore >= 2;
        // an account of a plan that has given goals by their figures has set goals, as one that
        // set them by a word of intent has: its change by an amount after them is a goal too
        // ("Theo đó, đến năm 2015, 70% người sản xuất … . … 50% chợ được quy hoạch … . Giảm 25%
        // số vụ ngộ độc thực phẩm cấp tính …", plo.vn on the food safety strategy)
        accountSet = accountSet || (planAccount && lastRead);
        if (said && (sentence.endsWith(":") || LIST_OPENS.matcher(f).find())) {
          // what follows is the list the sentence announces: "Mục tiêu cụ thể:", "Về kinh tế
          // (11 chỉ tiêu) 1." (a numbered list run into one line)
          intentList = true;
          // a colon closing a paragraph announces the lines after it as one on a line of its own
          // does ("Đến năm 2025, Chương trình … tập trung ba nội dung: …. Trong đó, có các chỉ
          // tiêu cụ thể:⏎80% dịch vụ công trực tuyến …", mic.gov.vn on programme 749)
          announced =
              announced
                  || ((sentence.equals(l) || l.endsWith(sentence)) && !GoalHeadings.isListItem(fl));
        }
        if (sentence.equals(l) && GoalHeadings.titlesGoals(f)) {
          // a list's title on a line of its own, without a colon: "Các chỉ tiêu chủ yếu (nhiệm kỳ
          // 2020-2025)"; the lines after it are the goals it lists
          intentList = true;
          announced = true;
        }
        if (said && GoalHeadings.namesGoalsWithTerm(f)) {
          // "Đại hội thông qua các mục tiêu cụ thể đến năm 2025: Tỷ lệ tăng trưởng … 11 - 12%. Cơ
          // cấu kinh tế: dịch vụ - thương mại 70%; …": the sentences after it in its paragraph are
          // the goals it names, until one is told as a result
          goalParagraph = true;
          runOn = false;
        }
        // goals named as met announce no list of goals: "… đã nỗ lực phấn đấu, thực hiện thắng
        // lợi 9 chỉ tiêu chủ yếu trên các lĩnh vực như: …" lists results (GoalsCountedMet)
        if (GoalHeadings.announcesGoals(VietnameseText.fold(Goals.withoutAttained(sentence)))
            // "Các chỉ tiêu … chủ yếu năm 2024 là: …" (GoalsListedForPeriod)
            || GoalsListedForPeriod.announces(f)) {
          // "Theo nghị quyết, các chỉ tiêu chủ yếu gồm: Tốc độ tăng … phấn đấu từ 10% trở lên.":
          // the sentences after it, in this paragraph and the next, are the goals it lists
          intentList = true;
          announced = true;
        }
      }
      goalsBefore = goalParagraph;
      if (beforeCaption != null) {
        intentList |= beforeCaption[0];
        announced |= beforeCaption[1];
        lastIntent |= beforeCaption[2];
        lastRead |= beforeCaption[3];
        planAccount |= beforeCaption[4];
        accountSet |= beforeCaption[5];
        goalsBefore |= beforeCaption[6];
        first |= beforeCaption[7];
      }
    }
    measureHeading.close(targets);
    return List.copyOf(targets);
  }

  private GoalsOrResults() {}
}

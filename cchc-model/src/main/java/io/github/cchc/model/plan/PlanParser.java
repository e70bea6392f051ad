package io.github.cchc.model.plan;

import io.github.cchc.model.document.CitationExtractor;
import io.github.cchc.model.document.DocumentHeader;
import io.github.cchc.model.document.DocumentType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds a {@link Plan} from a {@link SourceDocument}. */
final class PlanParser {
  private static final Pattern ROMAN_HEADING =
      Pattern.compile("^((?:X{0,3})(?:IX|IV|V?I{0,3}))\\.\\s+(\\S.*)$");
  private static final Pattern ARABIC_HEADING = Pattern.compile("^(\\d{1,2})\\.\\s+(\\S.*)$");
  private static final Pattern SUB_HEADING =
      Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2})+)\\.?\\s+(\\S.*)$");
  private static final Pattern YEAR =
      Pattern.compile("năm\\s+(\\d{4})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern UNIT_END =
      Pattern.compile(
          "\\s+(?:chủ trì|có trách nhiệm|căn cứ|tham mưu|tổng hợp|thực hiện|định kỳ|báo cáo)\\b",
          Pattern.UNICODE_CASE);
  private static final Pattern QUARTER =
      Pattern.compile(
          "\\bquy\\b(?!\\s+(?:dinh|che|trinh|mo|hoach|tac|chuan|pham|luat|trach|doi|uoc|tu|nhan))");

  private static final Pattern MONTHLY = Pattern.compile("\\b(hang|moi) thang\\b");
  private static final Pattern SIX_MONTHS = Pattern.compile("\\b0?6 thang\\b");
  private static final Pattern NINE_MONTHS = Pattern.compile("\\b0?9 thang\\b");
  private static final Pattern YEARLY =
      Pattern.compile(
          "hang nam|bao cao nam|thang, nam\\b|, nam (?!\\d)|va nam\\b|bao cao ket qua nam");

  private PlanParser() {}

  /**
   * A document that is not a plan: its header, its title, what it is, and the targets it sets
   * (goals, not the results it reports); no sections, tasks or reporting duties.
   */
  static Plan parseOther(SourceDocument doc, PlanHeaderInfo header, DocumentHeader read) {
    PlanBuilder plan =
        Plan.builder()
            .file(doc.file())
            .article(read.article())
            .header(read)
            .planDocument(false)
            .notAPlan(header.reason())
            .references(CitationExtractor.extract(doc.text()));
    read.title().ifPresent(plan::title);
    String text = String.join("\n", AtxMark.blanked(doc).headerLines());
    String body = read.article() ? text : text.substring(Math.min(read.bodyStart(), text.length()));
    boolean reports =
        read.article() || read.documentType().map(PlanParser::reportsResults).orElse(false);
    boolean rules = read.documentType().map(PlanParser::laysDownRules).orElse(false);
    List<Target> targets = TargetExtractor.extract(body, reports || rules);
    if (rules) {
      // a rule's limit ("không được vượt quá 40% vốn điều lệ", "tối đa 30%") is no goal: only
      // what the text sets as one by a word of intent proper (GoalOfRuleText)
      targets = targets.stream().filter(t -> GoalOfRuleText.sets(t.text())).toList();
    }
    if (read.article()) {
      targets = RestatedHeadline.withoutRestatedShortLines(read.title().orElse(""), body, targets);
    }
    if (read.article() && read.title().isPresent()) {
      targets = RestatedHeadline.withoutRestated(read.title().get(), body, targets);
    }
    if (read.article()) {
      targets = RestatedHeadline.withoutBareSummaries(read.title().orElse(""), body, targets);
    }
    if (read.article()) {
      // a listing headline printed twice states its goal once (HeadlinePrintedTwice)
      targets = HeadlinePrintedTwice.once(body, targets);
    }
    plan.targets(targets);
    return plan.build();
  }

  /**
   * Types that lay down rules of law (Nghị định, Thông tư, Luật, Pháp lệnh): their figures are the
   * rules' limits, rates and conditions ("Mức vốn góp của một tổ chức tín dụng vào một Quỹ bảo lãnh
   * tín dụng không được vượt quá 11% vốn điều lệ", Thông tư 01/2006/TT-NHNN; "nếu tổng số cổ phần
   * của các cổ đông nước ngoài chưa vượt quá 30%", Nghị định 109/2004/NĐ-CP), not goals; a goal
   * there is one a word of intent sets. A Quy định or Quy chế adopted by a decision lays down rules
   * as well: its percentages are rates and conditions ("Nhà nước hỗ trợ 20% chi phí", "giảm 50%
   * thuế sử dụng đất", the Bản Quy định of An Giang's Quyết định 522/2002/QĐ-UB, a TCVN3 .doc).
   */
  private static boolean laysDownRules(DocumentType type) {
    return switch (type) {
      case NGHI_DINH,
          THONG_TU,
          THONG_TU_LIEN_TICH,
          LUAT,
          BO_LUAT,
          PHAP_LENH,
          QUY_DINH,
          QUY_CHE,
          VAN_BAN_HOP_NHAT ->
          true;
      default -> false;
    };
  }

  /** Types whose figures are results by default: reports, notices, conclusions, minutes. */
  private static boolean reportsResults(DocumentType type) {
    return switch (type) {
      case BAO_CAO, THONG_BAO, THONG_CAO, KET_LUAN, BIEN_BAN, TO_TRINH -> true;
      default -> false;
    };
  }

  static Plan parse(SourceDocument doc, PlanHeaderInfo header) {
    PlanBuilder plan =
        Plan.builder()
            .file(doc.file())
            .article(header.article())
            .references(CitationExtractor.extract(doc.text()));
    header.header().ifPresent(plan::header);
    header.title().ifPresent(plan::title);
    Integer year = header.year().orElse(null);
    if (year == null) {
      year = header.title().flatMap(PlanParser::yearOf).orElse(null);
    }
    if (year != null) {
      plan.year(year);
    }
    List<String> paragraphs = new ArrayList<>();
    List<PlanSection> sections = new ArrayList<>();
    PlanSectionBuilder current = null;
    String currentNumber = null;
    String currentTitle = null;
    int currentLevel = 0;
    List<String> currentParagraphs = new ArrayList<>();
    AppendixReader appendix = new AppendixReader(doc.file(), year == null ? 0 : year);
    List<TextLine> targetText = new ArrayList<>();
    List<String[]> sectionOf = new ArrayList<>(); // paragraph -> enclosing section titles
    String folded1 = "";
    String folded2 = "";
    for (Object block : AtxMark.blanked(doc).blocks()) {
      if (block instanceof SourceTable t) {
        if (AppendixReader.isTaskTable(t)) {
          appendix.read(t);
        } else {
          for (List<String> row : t.grid()) {
            for (String cell : row) {
              for (String line : cell.split("\\R")) {
                if (!line.isBlank()) {
                  paragraphs.add(line.strip());
                }
              }
            }
          }
          // a table of chỉ tiêu of a Word file: its goal cells are targets (GoalTable)
          GoalTable.goalLines(t.grid()).forEach(g -> targetText.add(TextLine.goal(g)));
        }
        continue;
      }
      // a table of chỉ tiêu given one cell a line is told as lines of goals before the blank
      // lines between its cells are dropped (GoalTable)
      for (TextLine line : GoalTable.lines((String) block)) {
        String p = line.text().strip();
        if (p.isEmpty()) {
          continue;
        }
        Matcher h = line.goalCell() ? null : heading(p);
        if (h != null) {
          if (currentNumber != null) {
            sections.add(section(currentNumber, currentTitle, currentLevel, currentParagraphs));
          }
          currentNumber = h.group(1);
          currentTitle = h.group(2).strip().replaceAll("[.:]+$", "");
          currentLevel = level(h);
          currentParagraphs = new ArrayList<>();
          targetText.add(
              TextLine.of(p)); // headings tell results sections ("KẾT QUẢ ĐẠT ĐƯỢC") from goals
          if (currentLevel == 1) {
            folded1 = Fold.fold(currentTitle);
            folded2 = "";
          } else {
            folded2 = Fold.fold(currentTitle);
          }
          continue;
        }
        targetText.add(line.goalCell() ? TextLine.goal(p) : TextLine.of(p));
        paragraphs.add(p);
        if (currentNumber != null) {
          currentParagraphs.add(p);
        }
        sectionOf.add(new String[] {folded1, folded2, p});
      }
    }
    if (currentNumber != null) {
      sections.add(section(currentNumber, currentTitle, currentLevel, currentParagraphs));
    }
    plan.sections(sections);

    // targets: from the whole body (plans state chỉ tiêu in several sections)
    Integer planYear = year;
    List<Target> read = GoalsOrResults.extract(targetText, false);
    if (header.article()) {
      // a news page read as a plan: its headline and subheadings set no goal by themselves, and
      // those that repeat the body's goals count once, in the body, as on any news page
      String body = String.join("\n", targetText.stream().map(TextLine::text).toList());
      String title = header.title().orElse("");
      // the rows of a goal table are no summaries (GoalCellsNoSummaries)
      read =
          GoalCellsNoSummaries.filtered(
              targetText,
              read,
              r -> {
                List<Target> f = RestatedHeadline.withoutRestatedShortLines(title, body, r);
                if (!title.isEmpty()) {
                  f = RestatedHeadline.withoutRestated(title, body, f);
                }
                f = RestatedHeadline.withoutBareSummaries(title, body, f);
                // a listing headline printed twice states its goal once (HeadlinePrintedTwice)
                return HeadlinePrintedTwice.once(body, f);
              });
    }
    for (Target t : read) {
      plan.addTarget(
          t.year().isEmpty() && planYear != null
              ? Target.builder().from(t).year(planYear).build()
              : t);
    }
    plan.tasks(appendix.tasks());
    plan.problems(appendix.problems());

    for (String[] s : sectionOf) {
      String l1 = s[0];
      String l2 = s[1];
      String p = s[2].replaceAll("^[-–•+]\\s*", "");
      if (l1.contains("muc dich")) {
        if (l2.contains("yeu cau") || (l2.isEmpty() && l1.equals("yeu cau"))) {
          plan.addRequirement(p);
        } else if (l2.contains("muc dich") || l2.isEmpty()) {
          plan.addPurpose(p);
        }
      } else if (l1.contains("kinh phi") || l2.contains("kinh phi")) {
        plan.addFunding(p);
      }
      if (l1.contains("to chuc thuc hien") && Fold.fold(p).contains("bao cao")) {
        Set<ReportingFrequency> f = frequencies(p);
        if (!f.isEmpty()) {
          String unit = s[1].isEmpty() ? unitOf(p) : sectionTitle(sections, s[1]);
          plan.addReporting(ReportingDuty.builder().unit(unit).frequencies(f).text(p).build());
        }
      }
    }
    return plan.build();
  }

  private static String sectionTitle(List<PlanSection> sections, String folded) {
    for (PlanSection s : sections) {
      if (Fold.fold(s.title()).equals(folded)) {
        return s.title();
      }
    }
    return folded;
  }

  private static String unitOf(String p) {
    Matcher m = UNIT_END.matcher(p);
    String u = m.find() ? p.substring(0, m.start()) : p;
    return u.length() > 120 ? u.substring(0, 120) : u;
  }

  static Set<ReportingFrequency> frequencies(String paragraph) {
    String f = Fold.fold(paragraph);
    Set<ReportingFrequency> out = EnumSet.noneOf(ReportingFrequency.class);
    if (MONTHLY.matcher(f).find()) {
      out.add(ReportingFrequency.MONTHLY);
    }
    if (QUARTER.matcher(f).find()) {
      out.add(ReportingFrequency.QUARTERLY);
    }
    if (SIX_MONTHS.matcher(f).find()) {
      out.add(ReportingFrequency.SIX_MONTHS);
    }
    if (NINE_MONTHS.matcher(f).find()) {
      out.add(ReportingFrequency.NINE_MONTHS);
    }
    if (YEARLY.matcher(f).find()) {
      out.add(ReportingFrequency.YEARLY);
    }
    if (f.contains("dot xuat")) {
      out.add(ReportingFrequency.AD_HOC);
    }
    return out;
  }

  private static Matcher heading(String p) {
    if (p.length() > 200) {
      return null;
    }
    Matcher m = SUB_HEADING.matcher(p);
    if (m.matches()) {
      return m;
    }
    m = ROMAN_HEADING.matcher(p);
    if (m.matches() && !m.group(1).isEmpty()) {
      return m;
    }
    m = ARABIC_HEADING.matcher(p);
    if (m.matches() && p.length() <= 120) {
      return m;
    }
    return null;
  }

  private static int level(Matcher h) {
    String n = h.group(1);
    if (n.contains(".")) {
      return 3;
    }
    return Character.isDigit(n.charAt(0)) ? 2 : 1;
  }

  private static PlanSection section(
      String number, String title, int level, List<String> paragraphs) {
    return PlanSection.builder()
        .number(number)
        .title(title)
        .level(level)
        .paragraphs(paragraphs)
        .build();
  }

  static Optional<Integer> yearOf(String title) {
    Matcher m = YEAR.matcher(title);
    Integer y = null;
    while (m.find()) {
      y = Integer.valueOf(m.group(1));
    }
    return Optional.ofNullable(y);
  }
}

package io.github.cchc.model.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The indicators a target's subject names, on folded text: one dossier, task or procedure indicator
 * ({@link Target#ON_TIME}, {@link Target#TASKS_DONE}, {@link Target#PROCEDURES_PUBLISHED} ...), or
 * the indices a subject about indices names, and their rank ids for a rank target.
 */
final class SubjectIndicators {
  private static final Pattern TASKS = Pattern.compile("(?:cac\\s+)?nhiem\\s+vu\\b");

  private static final Pattern ON_SCHEDULE =
      Pattern.compile("dung\\s+(?:han|thoi\\s+han|tien\\s+do|thoi\\s+gian)\\b");

  private static final Pattern PROCEDURES =
      Pattern.compile("(?:100%\\s+)?(?:cac\\s+)?(?:tthc|thu\\s+tuc\\s+hanh\\s+chinh)\\b");

  private static final Pattern INDEX_SUBJECT =
      Pattern.compile(
          "(?:ket\\s+qua\\s+(?:danh\\s+gia\\s+)?(?:cac\\s+)?)?(?:chi\\s+so|par|sipas|papi|pci|dti|pgi)\\b");

  private static final Pattern INDEX_NAME =
      Pattern.compile(
          "\\b(?:par[\\s-]?index|chi\\s+so\\s+cai\\s+cach\\s+hanh\\s+chinh|chi\\s+so\\s+cchc"
              + "|sipas|chi\\s+so\\s+hai\\s+long|papi|pci|dti|pgi)\\b");

  private static final List<String> INDEX_IDS =
      List.of(Target.PAR_INDEX, Target.SIPAS, "papi", "pci", "dti", "pgi");

  /** The rank ids of the indices in {@code ids} ({@code par_index} to {@code par_index_rank}). */
  static List<String> ranks(List<String> ids) {
    List<String> out = new ArrayList<>();
    for (String id : ids) {
      if (INDEX_IDS.contains(id)) {
        out.add(id + Target.RANK_SUFFIX);
      }
    }
    return List.copyOf(out);
  }

  private static String indexId(String folded) {
    if (folded.startsWith("sipas") || folded.contains("hai long")) {
      return Target.SIPAS;
    }
    if (folded.equals("papi")
        || folded.equals("pci")
        || folded.equals("dti")
        || folded.equals("pgi")) {
      return folded;
    }
    return Target.PAR_INDEX;
  }

  private SubjectIndicators() {}

  /** The indicators {@code subject} names: see {@link TargetExtractor#indicators(String)}. */
  static List<String> of(String subject) {
    String f = Fold.fold(subject);
    boolean dossiers = f.contains("ho so");
    if (f.contains("so hoa") && f.contains("ket qua")) {
      return List.of(Target.RESULT_DIGITISED);
    }
    if (dossiers && f.contains("thanh toan truc tuyen")) {
      return List.of(Target.ONLINE_PAYMENT);
    }
    if (dossiers && f.contains("truc tuyen toan trinh")) {
      return List.of(Target.FULLY_ONLINE);
    }
    if (dossiers && (f.contains("qua han") || f.contains("tre han"))) {
      return List.of(Target.LATE);
    }
    if (dossiers && f.contains("dung han")) {
      return List.of(Target.ON_TIME);
    }
    if (dossiers && f.contains("truoc han")) {
      return List.of(Target.EARLY);
    }
    if (dossiers) {
      return List.of();
    }
    if (TASKS.matcher(f).lookingAt()) {
      return List.of(ON_SCHEDULE.matcher(f).find() ? Target.TASKS_ON_TIME : Target.TASKS_DONE);
    }
    if (PROCEDURES.matcher(f).lookingAt() && f.contains("cong khai")) {
      return List.of(Target.PROCEDURES_PUBLISHED);
    }
    if (INDEX_SUBJECT.matcher(f).lookingAt()) {
      List<String> ids = new ArrayList<>();
      Matcher m = INDEX_NAME.matcher(f);
      while (m.find()) {
        String id = indexId(m.group());
        if (!ids.contains(id)) {
          ids.add(id);
        }
      }
      return List.copyOf(ids);
    }
    return List.of();
  }
}

package io.github.cchc.model.plan;

import io.github.cchc.model.text.VietnameseText;
import java.util.ArrayList;
import java.util.List;

/**
 * A news page's headline that restates figures its body sets as goals. A headline is a summary:
 * when it sets no goal by itself (no word of intent, no deadline opening it: "Tinh gọn bộ máy: Công
 * chức cắt giảm 15%, viên chức tối thiểu 10% đến hết 2026") and a sentence of the body sets each of
 * its figures ("Bộ Nội vụ đề xuất cắt giảm biên chế mạnh, công chức giảm 15%, viên chức tối thiểu
 * 10%, …"), the targets are the body's; the headline's figures are not counted again. A headline
 * with a word of intent ("Hải Phòng phấn đấu Top 3 cả nước …") or opening on its deadline ("Đến năm
 * 2025, 80% hồ sơ …") states a goal of its own and keeps it.
 */
final class RestatedHeadline {
  private RestatedHeadline() {}

  /**
   * The targets of an article without those its headline restates.
   *
   * @param headline the page's headline (its title)
   * @param text the page's text
   * @param targets the targets read from the whole page, headline first
   */
  static List<Target> withoutRestated(String headline, String text, List<Target> targets) {
    if (targets.isEmpty()) {
      return targets;
    }
    int lead = 0;
    while (lead < targets.size() && headline.contains(targets.get(lead).text())) {
      lead++;
    }
    if (lead == 0 || lead == targets.size()) {
      return targets;
    }
    List<Target> body = targets.subList(lead, targets.size());
    if (Goals.intentStart(headline) >= 0 || Goals.opensOnDeadline(VietnameseText.fold(headline))) {
      // a goal of its own, unless a sentence of the body says it again word for word
      return saidAgainInASentence(headline, text) ? List.copyOf(body) : targets;
    }
    for (Target t : targets.subList(0, lead)) {
      if (body.stream().noneMatch(b -> sameFigure(t, b))) {
        return targets;
      }
    }
    return List.copyOf(new ArrayList<>(body));
  }

  /**
   * True when the headline is one line of the text and a longer line says it again word for word
   * ("Hướng tới mục tiêu trở thành 1 trong 5 địa phương dẫn đầu cả nước về chuyển đổi số" in "… để
   * hướng tới mục tiêu trở thành 1 trong 5 địa phương dẫn đầu cả nước về chuyển đổi số và xây dựng
   * chính quyền điện tử vào năm 2025"): the same statement, counted once, in the body.
   */
  private static boolean saidAgainInASentence(String headline, String text) {
    String h = VietnameseText.fold(headline).strip();
    if (h.isEmpty()) {
      return false;
    }
    int alone = 0;
    boolean inLonger = false;
    for (String line : text.split("\\R")) {
      String l = VietnameseText.fold(line).strip();
      if (l.equals(h)) {
        alone++;
      } else if (l.contains(h)) {
        inLonger = true;
      }
    }
    return alone == 1 && inLonger;
  }

  private static boolean sameFigure(Target a, Target b) {
    return a.unit().equals(b.unit())
        && a.value().isPresent()
        && b.value().isPresent()
        && a.value().get().compareTo(b.value().get()) == 0;
  }
}

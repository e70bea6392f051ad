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
   * @param targets the targets read from the whole page, headline first
   */
  static List<Target> withoutRestated(String headline, List<Target> targets) {
    if (targets.isEmpty()
        || Goals.intentStart(headline) >= 0
        || Goals.opensOnDeadline(VietnameseText.fold(headline))) {
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
    for (Target t : targets.subList(0, lead)) {
      if (body.stream().noneMatch(b -> sameFigure(t, b))) {
        return targets;
      }
    }
    return List.copyOf(new ArrayList<>(body));
  }

  private static boolean sameFigure(Target a, Target b) {
    return a.unit().equals(b.unit())
        && a.value().isPresent()
        && b.value().isPresent()
        && a.value().get().compareTo(b.value().get()) == 0;
  }
}

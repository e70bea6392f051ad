package io.github.cchc.indicators.tally;

import io.github.cchc.indicators.period.ReportingCalendar;
import io.github.cchc.model.dossier.Channel;
import io.github.cchc.model.dossier.Dossier;
import io.github.cchc.model.dossier.DossierBuilder;
import io.github.cchc.model.dossier.DossierStatus;
import io.github.cchc.model.dossier.InvalidDossierException;
import io.github.cchc.model.dossier.OnlineLevel;
import io.github.cchc.model.dossier.OnlinePayment;
import io.github.cchc.model.dossier.Pause;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Random but valid dossiers from a seed, for property tests. */
public final class Dossiers {
  static final String[] AGENCIES = {
    "Sở Xây dựng",
    "Sở Tư pháp",
    "UBND xã Tân Lập",
    "Sở Nội vụ",
    "Sở Tài chính",
    "Sở Y tế",
    "Sở Công Thương",
    "Sở Giáo dục và Đào tạo",
    "UBND phường Tân Phú",
    "UBND xã Lộc Ninh",
    "Sở Khoa học và Công nghệ",
    "Sở Văn hóa, Thể thao và Du lịch"
  };
  static final String[] PROCEDURES = {"1.001234", "2.000123", "1.004567"};

  /** Every kind of grouping, for properties that must hold under each. */
  static final List<Supplier<Grouping>> GROUPINGS =
      List.of(
          Grouping::all,
          Grouping::agency,
          Grouping::procedure,
          Grouping::channel,
          Grouping::month,
          Grouping::quarter,
          () -> Grouping.quarter(ReportingCalendar.official()));

  private Dossiers() {}

  public static Dossier of(int seed) {
    Random r = new Random(seed);
    LocalDateTime received =
        LocalDateTime.of(2024, 1, 1, 8, 0).plusMinutes(r.nextInt(365 * 24 * 60));
    LocalDateTime due = received.plusDays(r.nextInt(20));
    Channel channel = Channel.values()[r.nextInt(3)];
    DossierBuilder b =
        Dossier.builder()
            .id("H-" + seed)
            .procedureCode(PROCEDURES[r.nextInt(PROCEDURES.length)])
            .agency(AGENCIES[r.nextInt(AGENCIES.length)])
            .channel(channel)
            .onlineLevel(
                channel == Channel.ONLINE ? OnlineLevel.values()[r.nextInt(3)] : OnlineLevel.NONE)
            .received(received)
            .due(due)
            .onlinePayment(OnlinePayment.values()[r.nextInt(3)])
            .inputDigitised(r.nextBoolean())
            .resultDigitised(r.nextBoolean());
    int pauses = r.nextInt(4) == 0 ? 1 + r.nextInt(2) : 0;
    LocalDateTime t = received;
    for (int i = 0; i < pauses; i++) {
      LocalDateTime start = t.plusHours(1 + r.nextInt(48));
      LocalDateTime end = start.plusHours(1 + r.nextInt(72));
      boolean open = i == pauses - 1 && r.nextInt(3) == 0;
      b.addPause(Pause.of(start, open ? null : end));
      t = end;
    }
    boolean stillWaiting = pauses > 0 && r.nextInt(3) == 0;
    int outcome = r.nextInt(10);
    if (outcome < 7 && !stillWaiting) {
      b.finished(t.plusDays(r.nextInt(25))).status(DossierStatus.FINISHED);
    } else if (outcome == 7 && !stillWaiting) {
      b.finished(t.plusHours(r.nextInt(100))).status(DossierStatus.WITHDRAWN);
    } else if (outcome == 8 && !stillWaiting) {
      b.finished(t.plusHours(r.nextInt(100))).status(DossierStatus.REFUSED);
    }
    try {
      return b.build();
    } catch (InvalidDossierException e) {
      // an open pause on a finished dossier: build it without pauses
      return b.pauses(List.of()).build();
    }
  }

  public static List<Dossier> of(List<Integer> seeds) {
    return seeds.stream().map(Dossiers::of).collect(Collectors.toList());
  }
}

package io.github.cchc.model.dossier;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A dossier of an administrative procedure (hồ sơ thủ tục hành chính) as a one-stop-shop system
 * records it: who handles it, how it came in, when it was received, due and finished, its pauses
 * for supplements, whether it was digitised and paid online, and its status.
 *
 * <p>The builder rejects contradictions with an {@link InvalidDossierException}: a finish before
 * the receipt, a due time before the receipt, a finished status without a finish time, an
 * in-progress status with one. The status defaults to {@link DossierStatus#FINISHED} when a finish
 * time is given and {@link DossierStatus#IN_PROGRESS} otherwise. The new appointment of an apology
 * letter (Phiếu xin lỗi và hẹn lại) does not change {@link #due()}: it stays the original one.
 *
 * <pre>{@code
 * Dossier d = Dossier.builder()
 *     .id("H10.22-240105-0001")
 *     .procedureCode("1.001234")
 *     .procedureName("Cấp giấy phép xây dựng")
 *     .agency("Sở Xây dựng")
 *     .channel(Channel.DIRECT)
 *     .received(LocalDateTime.of(2024, 1, 5, 8, 30))
 *     .due(LocalDateTime.of(2024, 1, 19, 17, 0))
 *     .finished(LocalDateTime.of(2024, 1, 22, 9, 0))
 *     .build();
 * d.status();                       // FINISHED
 * d.has(DossierFlag.FINISHED_LATE); // true
 * }</pre>
 */
@Value.Immutable
@JsonDeserialize(builder = DossierBuilder.class)
public abstract class Dossier {
  Dossier() {}

  /** Returns the dossier's id (mã hồ sơ). */
  @JsonProperty("dossier_id")
  public abstract String id();

  /** Returns the code of its procedure (mã thủ tục), as in the national procedure database. */
  @JsonProperty("procedure_code")
  public abstract String procedureCode();

  /** Returns the name of its procedure (tên thủ tục), empty if the export has none. */
  @JsonProperty("procedure_name")
  @Value.Default
  public String procedureName() {
    return "";
  }

  /** Returns the agency or unit that handles it (cơ quan giải quyết). */
  @JsonProperty("agency")
  public abstract String agency();

  /** Returns how it was submitted. */
  @JsonProperty("channel")
  public abstract Channel channel();

  /** Returns the level of the online service it went through, {@link OnlineLevel#NONE} if none. */
  @JsonProperty("online_level")
  @Value.Default
  public OnlineLevel onlineLevel() {
    return OnlineLevel.NONE;
  }

  /** Returns when it was received (ngày tiếp nhận). */
  @JsonProperty("received_at")
  public abstract LocalDateTime received();

  /** Returns when its result is due (ngày hẹn trả), the original appointment. */
  @JsonProperty("due_at")
  public abstract LocalDateTime due();

  /**
   * Returns when its processing ended (ngày có kết quả; for a withdrawn, refused or stopped dossier
   * the time it ended), empty while in progress.
   */
  @JsonProperty("finished_at")
  public abstract Optional<LocalDateTime> finished();

  /** Returns when the result was handed to the applicant (ngày trả kết quả), if known. */
  @JsonProperty("returned_at")
  public abstract Optional<LocalDateTime> returned();

  /** Returns its pauses for supplements and other stops, in order. */
  @JsonProperty("pauses")
  public abstract List<Pause> pauses();

  /** Returns whether its input documents were digitised (số hóa hồ sơ). */
  @JsonProperty("input_digitised")
  @Value.Default
  public boolean inputDigitised() {
    return false;
  }

  /** Returns whether its result was digitised or issued electronically (số hóa kết quả). */
  @JsonProperty("result_digitised")
  @Value.Default
  public boolean resultDigitised() {
    return false;
  }

  /** Returns whether a fee was due and paid online. */
  @JsonProperty("online_payment")
  @Value.Default
  public OnlinePayment onlinePayment() {
    return OnlinePayment.NOT_APPLICABLE;
  }

  /** Returns its status; by default finished if a finish time is given, else in progress. */
  @JsonProperty("status")
  @Value.Default
  public DossierStatus status() {
    return finished().isPresent() ? DossierStatus.FINISHED : DossierStatus.IN_PROGRESS;
  }

  /** Returns how many supplement requests it received. */
  public int supplementRequests() {
    int n = 0;
    for (Pause p : pauses()) {
      if (p.supplementRequest()) {
        n++;
      }
    }
    return n;
  }

  /**
   * Returns the bit set of its {@link DossierFlag}s ({@code 1 << ordinal}), computed once when it
   * was built.
   */
  @JsonIgnore
  @Value.Derived
  @Value.Auxiliary
  public int flagBits() {
    return computeFlags();
  }

  /**
   * Returns the day it was received as {@link java.time.LocalDate#toEpochDay()}, computed once when
   * it was built so that tallies filter by period without touching the date objects.
   */
  @JsonIgnore
  @Value.Derived
  @Value.Auxiliary
  public long receivedEpochDay() {
    return received().toLocalDate().toEpochDay();
  }

  /** Returns the day it is due as {@link java.time.LocalDate#toEpochDay()}, computed once. */
  @JsonIgnore
  @Value.Derived
  @Value.Auxiliary
  public long dueEpochDay() {
    return due().toLocalDate().toEpochDay();
  }

  /**
   * Returns whether it has {@code flag}.
   *
   * @param flag the flag
   * @return whether the flag is set
   */
  public boolean has(DossierFlag flag) {
    return (flagBits() & flag.bit()) != 0;
  }

  private int computeFlags() {
    int f = 0;
    DossierStatus status = status();
    long dueDay = due().toLocalDate().toEpochDay();
    @Nullable LocalDateTime finishedAt = finished().orElse(null);
    if (status.isEnded() && finishedAt == null) {
      return 0; // contradictory: check() rejects it right after
    }
    switch (status) {
      case FINISHED:
        f |= DossierFlag.FINISHED.bit();
        long day = finishedAt.toLocalDate().toEpochDay();
        f |=
            day < dueDay
                ? DossierFlag.FINISHED_EARLY.bit()
                : day == dueDay
                    ? DossierFlag.FINISHED_ON_TIME.bit()
                    : DossierFlag.FINISHED_LATE.bit();
        if (resultDigitised()) {
          f |= DossierFlag.FINISHED_RESULT_DIGITISED.bit();
        }
        break;
      case WITHDRAWN:
        f |= DossierFlag.WITHDRAWN.bit();
        break;
      case REFUSED:
        f |= DossierFlag.REFUSED.bit();
        break;
      case STOPPED:
        f |= DossierFlag.STOPPED.bit();
        break;
      default:
        f |= DossierFlag.OPEN.bit();
    }
    int supplements = supplementRequests();
    if (supplements > 1) {
      f |= DossierFlag.MULTIPLE_SUPPLEMENT_REQUESTS.bit();
    }
    @Nullable LocalDateTime end = null;
    if (status.isEnded()) {
      end = finishedAt;
    } else {
      for (Pause p : pauses()) {
        if (p.end().isEmpty()) {
          f |= DossierFlag.WAITING_FOR_SUPPLEMENT.bit();
          end = p.start();
        }
      }
    }
    if (end != null && supplements <= 1) {
      Duration paused = Duration.ZERO;
      for (Pause p : pauses()) {
        if (p.end().isPresent() && !p.end().get().isAfter(end)) {
          paused = paused.plus(p.duration().orElseThrow());
        }
      }
      long effectiveDay = end.minus(paused).toLocalDate().toEpochDay();
      if (effectiveDay <= dueDay) {
        f |= DossierFlag.NATIONAL_IN_TIME.bit();
      }
      if (effectiveDay < dueDay) {
        f |= DossierFlag.NATIONAL_EARLY.bit();
      }
    }
    switch (channel()) {
      case DIRECT:
        f |= DossierFlag.DIRECT.bit();
        break;
      case POSTAL:
        f |= DossierFlag.POSTAL.bit();
        break;
      default:
        f |= DossierFlag.ONLINE.bit();
        if (onlineLevel() == OnlineLevel.FULL) {
          f |= DossierFlag.FULLY_ONLINE.bit();
        } else if (onlineLevel() == OnlineLevel.PARTIAL) {
          f |= DossierFlag.PARTLY_ONLINE.bit();
        }
    }
    if (onlinePayment() != OnlinePayment.NOT_APPLICABLE) {
      f |= DossierFlag.PAYMENT_REQUIRED.bit();
      if (onlinePayment() == OnlinePayment.YES) {
        f |= DossierFlag.PAID_ONLINE.bit();
      }
    }
    if (inputDigitised()) {
      f |= DossierFlag.INPUT_DIGITISED.bit();
    }
    if (resultDigitised()) {
      f |= DossierFlag.RESULT_DIGITISED.bit();
    }
    return f;
  }

  @Value.Check
  void check() {
    if (due().isBefore(received())) {
      throw new InvalidDossierException(
          id(), "due", "due (" + due() + ") before received (" + received() + ")");
    }
    if (finished().isPresent()) {
      if (finished().get().isBefore(received())) {
        throw new InvalidDossierException(
            id(),
            "finished",
            "finished (" + finished().get() + ") before received (" + received() + ")");
      }
      if (status() == DossierStatus.IN_PROGRESS) {
        throw new InvalidDossierException(
            id(), "status", "in progress but finished at " + finished().get());
      }
    } else if (status().isEnded()) {
      throw new InvalidDossierException(
          id(), "finished", "status " + status() + " needs the time it ended");
    }
    if (returned().isPresent()) {
      if (finished().isEmpty() || returned().get().isBefore(finished().get())) {
        throw new InvalidDossierException(
            id(), "returned", "returned (" + returned().get() + ") before it was finished");
      }
    }
    for (Pause p : pauses()) {
      if (p.start().isBefore(received())) {
        throw new InvalidDossierException(
            id(), "pauses", "pause at " + p.start() + " before received (" + received() + ")");
      }
    }
  }

  /**
   * Returns this dossier as it stood at the end of {@code day}: empty if it was received later; a
   * finish, return or end of pause after that day had not happened yet, so such a dossier is in
   * progress (a pause not yet ended is waiting for the supplement). A report "as of" a day counts
   * only what had happened by then.
   *
   * <pre>{@code
   * d.received();              // 2024-06-03T08:00
   * d.finished();              // Optional[2024-07-02T10:00]
   * d.asOf(LocalDate.of(2024, 6, 30)).get().status();  // IN_PROGRESS
   * d.asOf(LocalDate.of(2024, 5, 31));                  // Optional.empty
   * }</pre>
   *
   * @param day the last day whose events count
   * @return the dossier as it stood, this one if nothing happened after {@code day}
   */
  public Optional<Dossier> asOf(LocalDate day) {
    LocalDateTime end = day.plusDays(1).atStartOfDay();
    if (!received().isBefore(end)) {
      return Optional.empty();
    }
    boolean finishedLater = finished().isPresent() && !finished().get().isBefore(end);
    boolean returnedLater = returned().isPresent() && !returned().get().isBefore(end);
    boolean pausesLater = false;
    for (Pause p : pauses()) {
      pausesLater |= !p.start().isBefore(end) || p.end().map(e -> !e.isBefore(end)).orElse(false);
    }
    if (!finishedLater && !returnedLater && !pausesLater) {
      return Optional.of(this);
    }
    DossierBuilder b = builder().from(this);
    if (finishedLater) {
      b.finished(Optional.empty()).status(DossierStatus.IN_PROGRESS);
    }
    if (returnedLater || finishedLater) {
      b.returned(Optional.empty());
    }
    if (pausesLater) {
      List<Pause> kept = new ArrayList<>();
      for (Pause p : pauses()) {
        if (p.start().isBefore(end)) {
          kept.add(
              p.end().map(e -> !e.isBefore(end)).orElse(false)
                  ? Pause.builder().from(p).end(Optional.empty()).build()
                  : p);
        }
      }
      b.pauses(kept);
    }
    return Optional.of(b.build());
  }

  /** Returns a new builder. */
  public static DossierBuilder builder() {
    return new DossierBuilder();
  }
}

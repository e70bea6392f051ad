package io.github.cchc.model.dossier;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
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
 * <p>A dossier keeps its times as numbers (seconds of the local date-time, and nanoseconds only
 * when a time has them), not as {@link LocalDateTime} objects: the accessors make the {@code
 * LocalDateTime} on each call. Tallies over millions of dossiers read only the object itself
 * ({@link #flagBits()}, {@link #receivedEpochDay()}, {@link #agency()}), and a dossier kept in a
 * list no longer has three date objects between it and the next one (JMH, {@code TallyBenchmark}).
 * Instances are immutable and thread-safe; equality is by value.
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
@JsonDeserialize(builder = DossierBuilder.class)
@JsonPropertyOrder({
  "dossier_id",
  "procedure_code",
  "procedure_name",
  "agency",
  "channel",
  "online_level",
  "received_at",
  "due_at",
  "finished_at",
  "returned_at",
  "pauses",
  "input_digitised",
  "result_digitised",
  "online_payment",
  "status"
})
public final class Dossier {
  /** The second of an absent time (finished, returned): below every {@link LocalDateTime}. */
  private static final long NONE = Long.MIN_VALUE;

  private static final int SECONDS_PER_DAY = 86_400;
  private static final Channel[] CHANNELS = Channel.values();
  private static final OnlineLevel[] ONLINE_LEVELS = OnlineLevel.values();
  private static final OnlinePayment[] ONLINE_PAYMENTS = OnlinePayment.values();
  private static final DossierStatus[] STATUSES = DossierStatus.values();

  // HotSpot lays out the primitives first, then the references in the order declared: the fields a
  // tally reads (flags, the days, pauses, agency) sit together at the start of the object.
  private final long received;
  private final long due;
  private final long finished;
  private final long returned;
  private final int flagBits;
  private final boolean inputDigitised;
  private final boolean resultDigitised;
  private final boolean hasPauses;
  // the enums by ordinal: a byte each where a reference takes four
  private final byte channel;
  private final byte onlineLevel;
  private final byte onlinePayment;
  private final byte status;
  private final String agency;
  private final String id;
  private final String procedureCode;
  private final String procedureName;
  private final List<Pause> pauses;
  // the nanoseconds of received, due, finished and returned; null when all four are whole seconds
  private final int @Nullable [] nanos;

  Dossier(DossierBuilder b, LocalDateTime received, LocalDateTime due, List<Pause> pauses) {
    this.id = b.id;
    this.procedureCode = b.procedureCode;
    this.procedureName = b.procedureName;
    this.agency = b.agency;
    this.channel = (byte) b.channel.ordinal();
    this.onlineLevel = (byte) b.onlineLevel.ordinal();
    this.received = seconds(received);
    this.due = seconds(due);
    this.finished = b.finished == null ? NONE : seconds(b.finished);
    this.returned = b.returned == null ? NONE : seconds(b.returned);
    int nr = received.getNano();
    int nd = due.getNano();
    int nf = b.finished == null ? 0 : b.finished.getNano();
    int nt = b.returned == null ? 0 : b.returned.getNano();
    this.nanos = (nr | nd | nf | nt) == 0 ? null : new int[] {nr, nd, nf, nt};
    this.pauses = pauses;
    this.hasPauses = !pauses.isEmpty();
    this.inputDigitised = b.inputDigitised;
    this.resultDigitised = b.resultDigitised;
    this.onlinePayment = (byte) b.onlinePayment.ordinal();
    DossierStatus s =
        b.status != null
            ? b.status
            : b.finished != null ? DossierStatus.FINISHED : DossierStatus.IN_PROGRESS;
    this.status = (byte) s.ordinal();
    check(received, due, b.finished, b.returned, s);
    this.flagBits = computeFlags(b.finished, s, b.channel, b.onlineLevel, b.onlinePayment);
  }

  /** The epoch day of a stored second. */
  private static long day(long seconds) {
    return Math.floorDiv(seconds, SECONDS_PER_DAY);
  }

  private static long seconds(LocalDateTime t) {
    return t.toEpochSecond(ZoneOffset.UTC);
  }

  private LocalDateTime time(long seconds, int which) {
    return LocalDateTime.ofEpochSecond(seconds, nanos == null ? 0 : nanos[which], ZoneOffset.UTC);
  }

  private Optional<LocalDateTime> optionalTime(long seconds, int which) {
    return seconds == NONE ? Optional.empty() : Optional.of(time(seconds, which));
  }

  /** Returns the dossier's id (mã hồ sơ). */
  @JsonProperty("dossier_id")
  public String id() {
    return id;
  }

  /** Returns the code of its procedure (mã thủ tục), as in the national procedure database. */
  @JsonProperty("procedure_code")
  public String procedureCode() {
    return procedureCode;
  }

  /** Returns the name of its procedure (tên thủ tục), empty if the export has none. */
  @JsonProperty("procedure_name")
  public String procedureName() {
    return procedureName;
  }

  /** Returns the agency or unit that handles it (cơ quan giải quyết). */
  @JsonProperty("agency")
  public String agency() {
    return agency;
  }

  /** Returns how it was submitted. */
  @JsonProperty("channel")
  public Channel channel() {
    return CHANNELS[channel];
  }

  /** Returns the level of the online service it went through, {@link OnlineLevel#NONE} if none. */
  @JsonProperty("online_level")
  public OnlineLevel onlineLevel() {
    return ONLINE_LEVELS[onlineLevel];
  }

  /** Returns when it was received (ngày tiếp nhận). */
  @JsonProperty("received_at")
  public LocalDateTime received() {
    return time(received, 0);
  }

  /** Returns when its result is due (ngày hẹn trả), the original appointment. */
  @JsonProperty("due_at")
  public LocalDateTime due() {
    return time(due, 1);
  }

  /**
   * Returns when its processing ended (ngày có kết quả; for a withdrawn, refused or stopped dossier
   * the time it ended), empty while in progress.
   */
  @JsonProperty("finished_at")
  public Optional<LocalDateTime> finished() {
    return optionalTime(finished, 2);
  }

  /** Returns when the result was handed to the applicant (ngày trả kết quả), if known. */
  @JsonProperty("returned_at")
  public Optional<LocalDateTime> returned() {
    return optionalTime(returned, 3);
  }

  /** Returns its pauses for supplements and other stops, in order (an unmodifiable list). */
  @JsonProperty("pauses")
  public List<Pause> pauses() {
    return pauses;
  }

  /** Returns whether its input documents were digitised (số hóa hồ sơ). */
  @JsonProperty("input_digitised")
  public boolean inputDigitised() {
    return inputDigitised;
  }

  /** Returns whether its result was digitised or issued electronically (số hóa kết quả). */
  @JsonProperty("result_digitised")
  public boolean resultDigitised() {
    return resultDigitised;
  }

  /** Returns whether a fee was due and paid online. */
  @JsonProperty("online_payment")
  public OnlinePayment onlinePayment() {
    return ONLINE_PAYMENTS[onlinePayment];
  }

  /** Returns its status; by default finished if a finish time is given, else in progress. */
  @JsonProperty("status")
  public DossierStatus status() {
    return STATUSES[status];
  }

  /** Returns how many supplement requests it received. */
  public int supplementRequests() {
    int n = 0;
    for (Pause p : pauses) {
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
  public int flagBits() {
    return flagBits;
  }

  /**
   * Returns the day it was received as {@link java.time.LocalDate#toEpochDay()}, without making a
   * date object, so that tallies filter by period reading the dossier alone.
   */
  @JsonIgnore
  public long receivedEpochDay() {
    return day(received);
  }

  /**
   * Returns the day it is due as {@link java.time.LocalDate#toEpochDay()}, without a date object.
   */
  @JsonIgnore
  public long dueEpochDay() {
    return day(due);
  }

  /**
   * Returns whether it has any pause: tallies, which recompute the national-index flags of paused
   * dossiers only, decide without reading the list.
   */
  @JsonIgnore
  public boolean hasPauses() {
    return hasPauses;
  }

  /**
   * Returns whether it has {@code flag}.
   *
   * @param flag the flag
   * @return whether the flag is set
   */
  public boolean has(DossierFlag flag) {
    return (flagBits & flag.bit()) != 0;
  }

  private int computeFlags(
      @Nullable LocalDateTime finishedAt,
      DossierStatus status,
      Channel channel,
      OnlineLevel onlineLevel,
      OnlinePayment onlinePayment) {
    int f = 0;
    long dueDay = dueEpochDay();
    switch (status) {
      case FINISHED:
        f |= DossierFlag.FINISHED.bit();
        long day = day(finished);
        f |=
            day < dueDay
                ? DossierFlag.FINISHED_EARLY.bit()
                : day == dueDay
                    ? DossierFlag.FINISHED_ON_TIME.bit()
                    : DossierFlag.FINISHED_LATE.bit();
        if (resultDigitised) {
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
    if (!hasPauses) {
      // the common case: nothing to take off the end
      if (status.isEnded()) {
        f |= nationalBits(day(finished), dueDay);
      }
    } else {
      @Nullable LocalDateTime end = null;
      if (status.isEnded()) {
        end = finishedAt;
      } else {
        for (Pause p : pauses) {
          if (p.end().isEmpty()) {
            f |= DossierFlag.WAITING_FOR_SUPPLEMENT.bit();
            end = p.start();
          }
        }
      }
      if (end != null && supplements <= 1) {
        Duration paused = Duration.ZERO;
        for (Pause p : pauses) {
          if (p.end().isPresent() && !p.end().get().isAfter(end)) {
            paused = paused.plus(p.duration().orElseThrow());
          }
        }
        f |= nationalBits(end.minus(paused).toLocalDate().toEpochDay(), dueDay);
      }
    }
    switch (channel) {
      case DIRECT:
        f |= DossierFlag.DIRECT.bit();
        break;
      case POSTAL:
        f |= DossierFlag.POSTAL.bit();
        break;
      default:
        f |= DossierFlag.ONLINE.bit();
        if (onlineLevel == OnlineLevel.FULL) {
          f |= DossierFlag.FULLY_ONLINE.bit();
        } else if (onlineLevel == OnlineLevel.PARTIAL) {
          f |= DossierFlag.PARTLY_ONLINE.bit();
        }
    }
    if (onlinePayment != OnlinePayment.NOT_APPLICABLE) {
      f |= DossierFlag.PAYMENT_REQUIRED.bit();
      if (onlinePayment == OnlinePayment.YES) {
        f |= DossierFlag.PAID_ONLINE.bit();
      }
    }
    if (inputDigitised) {
      f |= DossierFlag.INPUT_DIGITISED.bit();
    }
    if (resultDigitised) {
      f |= DossierFlag.RESULT_DIGITISED.bit();
    }
    return f;
  }

  private static int nationalBits(long effectiveDay, long dueDay) {
    int f = 0;
    if (effectiveDay <= dueDay) {
      f |= DossierFlag.NATIONAL_IN_TIME.bit();
    }
    if (effectiveDay < dueDay) {
      f |= DossierFlag.NATIONAL_EARLY.bit();
    }
    return f;
  }

  private void check(
      LocalDateTime receivedAt,
      LocalDateTime dueAt,
      @Nullable LocalDateTime finishedAt,
      @Nullable LocalDateTime returnedAt,
      DossierStatus status) {
    if (dueAt.isBefore(receivedAt)) {
      throw new InvalidDossierException(
          id, "due", "due (" + dueAt + ") before received (" + receivedAt + ")");
    }
    if (finishedAt != null) {
      if (finishedAt.isBefore(receivedAt)) {
        throw new InvalidDossierException(
            id, "finished", "finished (" + finishedAt + ") before received (" + receivedAt + ")");
      }
      if (status == DossierStatus.IN_PROGRESS) {
        throw new InvalidDossierException(
            id, "status", "in progress but finished at " + finishedAt);
      }
    } else if (status.isEnded()) {
      throw new InvalidDossierException(
          id, "finished", "status " + status + " needs the time it ended");
    }
    if (returnedAt != null) {
      if (finishedAt == null || returnedAt.isBefore(finishedAt)) {
        throw new InvalidDossierException(
            id, "returned", "returned (" + returnedAt + ") before it was finished");
      }
    }
    for (Pause p : pauses) {
      if (p.start().isBefore(receivedAt)) {
        throw new InvalidDossierException(
            id, "pauses", "pause at " + p.start() + " before received (" + receivedAt + ")");
      }
    }
  }

  /**
   * Returns whether {@code other} is a dossier with the same values: every attribute a builder sets
   * ({@link #flagBits()} and the days follow from them).
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Dossier)) {
      return false;
    }
    Dossier o = (Dossier) other;
    return received == o.received
        && due == o.due
        && finished == o.finished
        && returned == o.returned
        && inputDigitised == o.inputDigitised
        && resultDigitised == o.resultDigitised
        && Arrays.equals(nanos, o.nanos)
        && id.equals(o.id)
        && procedureCode.equals(o.procedureCode)
        && procedureName.equals(o.procedureName)
        && agency.equals(o.agency)
        && channel == o.channel
        && onlineLevel == o.onlineLevel
        && onlinePayment == o.onlinePayment
        && status == o.status
        && pauses.equals(o.pauses);
  }

  @Override
  public int hashCode() {
    int h = id.hashCode();
    h = 31 * h + procedureCode.hashCode();
    h = 31 * h + agency.hashCode();
    h = 31 * h + Long.hashCode(received);
    h = 31 * h + Long.hashCode(due);
    h = 31 * h + Long.hashCode(finished);
    h = 31 * h + status;
    return h;
  }

  /**
   * Returns the dossier as {@code Dossier{id=…, procedureCode=…, …}}, the absent times left out.
   */
  @Override
  public String toString() {
    StringBuilder s =
        new StringBuilder("Dossier{id=")
            .append(id)
            .append(", procedureCode=")
            .append(procedureCode)
            .append(", procedureName=")
            .append(procedureName)
            .append(", agency=")
            .append(agency)
            .append(", channel=")
            .append(channel())
            .append(", onlineLevel=")
            .append(onlineLevel())
            .append(", received=")
            .append(received())
            .append(", due=")
            .append(due());
    if (finished != NONE) {
      s.append(", finished=").append(time(finished, 2));
    }
    if (returned != NONE) {
      s.append(", returned=").append(time(returned, 3));
    }
    return s.append(", pauses=")
        .append(pauses)
        .append(", inputDigitised=")
        .append(inputDigitised)
        .append(", resultDigitised=")
        .append(resultDigitised)
        .append(", onlinePayment=")
        .append(onlinePayment())
        .append(", status=")
        .append(status())
        .append('}')
        .toString();
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
    // the end is a whole second: a time is before it exactly when its second is
    long endSecond = seconds(end);
    if (received >= endSecond) {
      return Optional.empty();
    }
    boolean finishedLater = finished != NONE && finished >= endSecond;
    boolean returnedLater = returned != NONE && returned >= endSecond;
    boolean pausesLater = false;
    for (Pause p : pauses) {
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

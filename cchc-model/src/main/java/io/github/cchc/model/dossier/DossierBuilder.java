package io.github.cchc.model.dossier;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link Dossier}: set the required attributes ({@code id}, {@code procedureCode}, {@code
 * agency}, {@code channel}, {@code received}, {@code due}) and any others, then call {@link
 * #build()}. Not thread-safe; use it where it is made. It can build again after a change.
 *
 * <pre>{@code
 * Dossier d = Dossier.builder()
 *     .id("H10.22-240105-0001")
 *     .procedureCode("1.001234")
 *     .agency("Sở Xây dựng")
 *     .channel(Channel.DIRECT)
 *     .received(LocalDateTime.of(2024, 1, 5, 8, 30))
 *     .due(LocalDateTime.of(2024, 1, 19, 17, 0))
 *     .build();
 * }</pre>
 *
 * <p>Jackson reads a dossier through this builder, with the property names of {@link Dossier}'s
 * accessors ({@code dossier_id}, {@code received_at}, …).
 */
@JsonPOJOBuilder(withPrefix = "")
public final class DossierBuilder {
  @Nullable String id;
  @Nullable String procedureCode;
  String procedureName = "";
  @Nullable String agency;
  @Nullable Channel channel;
  OnlineLevel onlineLevel = OnlineLevel.NONE;
  private @Nullable LocalDateTime received;
  private @Nullable LocalDateTime due;
  @Nullable LocalDateTime finished;
  @Nullable LocalDateTime returned;
  private final List<Pause> pauses = new ArrayList<>();
  boolean inputDigitised;
  boolean resultDigitised;
  OnlinePayment onlinePayment = OnlinePayment.NOT_APPLICABLE;
  @Nullable DossierStatus status;

  /** Creates an empty builder; {@link Dossier#builder()} is the usual way to get one. */
  public DossierBuilder() {}

  /**
   * Sets every attribute to that of {@code dossier}; its pauses are added to those already set.
   *
   * @param dossier the dossier to copy
   * @return this builder
   */
  public DossierBuilder from(Dossier dossier) {
    Objects.requireNonNull(dossier, "dossier");
    id(dossier.id());
    procedureCode(dossier.procedureCode());
    procedureName(dossier.procedureName());
    agency(dossier.agency());
    channel(dossier.channel());
    onlineLevel(dossier.onlineLevel());
    received(dossier.received());
    due(dossier.due());
    dossier.finished().ifPresent(this::finished);
    dossier.returned().ifPresent(this::returned);
    addAllPauses(dossier.pauses());
    inputDigitised(dossier.inputDigitised());
    resultDigitised(dossier.resultDigitised());
    onlinePayment(dossier.onlinePayment());
    status(dossier.status());
    return this;
  }

  /**
   * Sets the id (mã hồ sơ); required.
   *
   * @param id the id
   * @return this builder
   */
  @JsonProperty("dossier_id")
  public DossierBuilder id(String id) {
    this.id = Objects.requireNonNull(id, "id");
    return this;
  }

  /**
   * Sets the procedure code (mã thủ tục); required.
   *
   * @param procedureCode the code
   * @return this builder
   */
  @JsonProperty("procedure_code")
  public DossierBuilder procedureCode(String procedureCode) {
    this.procedureCode = Objects.requireNonNull(procedureCode, "procedureCode");
    return this;
  }

  /**
   * Sets the procedure name (tên thủ tục); empty if not set.
   *
   * @param procedureName the name
   * @return this builder
   */
  @JsonProperty("procedure_name")
  public DossierBuilder procedureName(String procedureName) {
    this.procedureName = Objects.requireNonNull(procedureName, "procedureName");
    return this;
  }

  /**
   * Sets the agency that handles it (cơ quan giải quyết); required.
   *
   * @param agency the agency
   * @return this builder
   */
  @JsonProperty("agency")
  public DossierBuilder agency(String agency) {
    this.agency = Objects.requireNonNull(agency, "agency");
    return this;
  }

  /**
   * Sets how it was submitted; required.
   *
   * @param channel the channel
   * @return this builder
   */
  @JsonProperty("channel")
  public DossierBuilder channel(Channel channel) {
    this.channel = Objects.requireNonNull(channel, "channel");
    return this;
  }

  /**
   * Sets the level of the online service; {@link OnlineLevel#NONE} if not set.
   *
   * @param onlineLevel the level
   * @return this builder
   */
  @JsonProperty("online_level")
  public DossierBuilder onlineLevel(OnlineLevel onlineLevel) {
    this.onlineLevel = Objects.requireNonNull(onlineLevel, "onlineLevel");
    return this;
  }

  /**
   * Sets when it was received (ngày tiếp nhận); required.
   *
   * @param received the time
   * @return this builder
   */
  @JsonProperty("received_at")
  public DossierBuilder received(LocalDateTime received) {
    this.received = Objects.requireNonNull(received, "received");
    return this;
  }

  /**
   * Sets when its result is due (ngày hẹn trả); required.
   *
   * @param due the time
   * @return this builder
   */
  @JsonProperty("due_at")
  public DossierBuilder due(LocalDateTime due) {
    this.due = Objects.requireNonNull(due, "due");
    return this;
  }

  /**
   * Sets when its processing ended.
   *
   * @param finished the time
   * @return this builder
   */
  public DossierBuilder finished(LocalDateTime finished) {
    this.finished = Objects.requireNonNull(finished, "finished");
    return this;
  }

  /**
   * Sets when its processing ended, or unsets it if {@code finished} is empty.
   *
   * @param finished the time, or empty
   * @return this builder
   */
  @JsonProperty("finished_at")
  public DossierBuilder finished(Optional<? extends LocalDateTime> finished) {
    this.finished = finished.orElse(null);
    return this;
  }

  /**
   * Sets when the result was handed to the applicant.
   *
   * @param returned the time
   * @return this builder
   */
  public DossierBuilder returned(LocalDateTime returned) {
    this.returned = Objects.requireNonNull(returned, "returned");
    return this;
  }

  /**
   * Sets when the result was handed to the applicant, or unsets it if {@code returned} is empty.
   *
   * @param returned the time, or empty
   * @return this builder
   */
  @JsonProperty("returned_at")
  public DossierBuilder returned(Optional<? extends LocalDateTime> returned) {
    this.returned = returned.orElse(null);
    return this;
  }

  /**
   * Adds a pause after those already set.
   *
   * @param pause the pause
   * @return this builder
   */
  public DossierBuilder addPause(Pause pause) {
    pauses.add(Objects.requireNonNull(pause, "pauses element"));
    return this;
  }

  /**
   * Adds pauses after those already set.
   *
   * @param pauses the pauses
   * @return this builder
   */
  public DossierBuilder addPauses(Pause... pauses) {
    for (Pause p : pauses) {
      addPause(p);
    }
    return this;
  }

  /**
   * Replaces the pauses.
   *
   * @param pauses the pauses, in order
   * @return this builder
   */
  @JsonProperty("pauses")
  public DossierBuilder pauses(Iterable<? extends Pause> pauses) {
    this.pauses.clear();
    return addAllPauses(pauses);
  }

  /**
   * Adds pauses after those already set.
   *
   * @param pauses the pauses, in order
   * @return this builder
   */
  public DossierBuilder addAllPauses(Iterable<? extends Pause> pauses) {
    for (Pause p : pauses) {
      addPause(p);
    }
    return this;
  }

  /**
   * Sets whether its input documents were digitised; false if not set.
   *
   * @param inputDigitised whether they were
   * @return this builder
   */
  @JsonProperty("input_digitised")
  public DossierBuilder inputDigitised(boolean inputDigitised) {
    this.inputDigitised = inputDigitised;
    return this;
  }

  /**
   * Sets whether its result was digitised; false if not set.
   *
   * @param resultDigitised whether it was
   * @return this builder
   */
  @JsonProperty("result_digitised")
  public DossierBuilder resultDigitised(boolean resultDigitised) {
    this.resultDigitised = resultDigitised;
    return this;
  }

  /**
   * Sets whether a fee was due and paid online; {@link OnlinePayment#NOT_APPLICABLE} if not set.
   *
   * @param onlinePayment the payment
   * @return this builder
   */
  @JsonProperty("online_payment")
  public DossierBuilder onlinePayment(OnlinePayment onlinePayment) {
    this.onlinePayment = Objects.requireNonNull(onlinePayment, "onlinePayment");
    return this;
  }

  /**
   * Sets its status; if not set, finished when a finish time is set, else in progress.
   *
   * @param status the status
   * @return this builder
   */
  @JsonProperty("status")
  public DossierBuilder status(DossierStatus status) {
    this.status = Objects.requireNonNull(status, "status");
    return this;
  }

  /**
   * Builds the dossier.
   *
   * @return the dossier
   * @throws IllegalStateException if a required attribute is not set
   * @throws InvalidDossierException if the attributes contradict each other
   */
  public Dossier build() {
    StringJoiner missing = new StringJoiner(", ", "[", "]");
    missing.setEmptyValue("");
    if (id == null) {
      missing.add("id");
    }
    if (procedureCode == null) {
      missing.add("procedureCode");
    }
    if (agency == null) {
      missing.add("agency");
    }
    if (channel == null) {
      missing.add("channel");
    }
    if (received == null) {
      missing.add("received");
    }
    if (due == null) {
      missing.add("due");
    }
    if (received == null || due == null || missing.length() > 0) {
      throw new IllegalStateException(
          "Cannot build Dossier, some of required attributes are not set " + missing);
    }
    return new Dossier(this, received, due, copy(pauses));
  }

  private static List<Pause> copy(List<Pause> pauses) {
    switch (pauses.size()) {
      case 0:
        return Collections.emptyList();
      case 1:
        return Collections.singletonList(pauses.get(0));
      default:
        return Collections.unmodifiableList(new ArrayList<>(pauses));
    }
  }
}

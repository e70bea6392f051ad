package io.github.cchc.model.dossier;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A stop in the processing of a dossier: by default a request for a supplement (Phiếu yêu cầu bổ
 * sung, hoàn thiện hồ sơ) from {@link #start()} until the applicant completed the dossier at {@link
 * #end()}, empty while still waiting. The national index (Quyết định 766/QĐ-TTg) subtracts this
 * time and counts a dossier with more than one supplement request as late.
 *
 * <pre>{@code
 * Pause p = Pause.of(LocalDateTime.of(2024, 3, 4, 9, 0), LocalDateTime.of(2024, 3, 6, 9, 0));
 * p.duration();  // Optional[PT48H]
 * }</pre>
 */
@Value.Immutable
@JsonDeserialize(builder = PauseBuilder.class)
public abstract class Pause {
  Pause() {}

  /** Returns when the processing stopped. */
  @JsonProperty("start")
  public abstract LocalDateTime start();

  /** Returns when it resumed, or empty while the dossier still waits. */
  @JsonProperty("end")
  public abstract Optional<LocalDateTime> end();

  /** Returns whether the stop was a request for a supplement (the default), not another stop. */
  @JsonProperty("supplement_request")
  @Value.Default
  public boolean supplementRequest() {
    return true;
  }

  /** Returns the length of a finished pause, or empty while it lasts. */
  public Optional<Duration> duration() {
    return end().map(e -> Duration.between(start(), e));
  }

  @Value.Check
  void check() {
    if (end().isPresent() && end().get().isBefore(start())) {
      throw new IllegalArgumentException(
          "pause ends (" + end().get() + ") before it starts (" + start() + ")");
    }
  }

  /**
   * Returns a supplement request from {@code start} to {@code end}.
   *
   * @param start when processing stopped
   * @param end when it resumed, or {@code null} while waiting
   * @return the pause
   */
  public static Pause of(LocalDateTime start, @Nullable LocalDateTime end) {
    return builder().start(start).end(Optional.ofNullable(end)).build();
  }

  /** Returns a new builder. */
  public static PauseBuilder builder() {
    return new PauseBuilder();
  }
}

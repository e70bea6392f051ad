package io.github.cchc.indicators.scorecard;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.cchc.model.CchcResultStyle;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * A leaf criterion that scored below its maximum, and by how much.
 *
 * <pre>{@code
 * LostPoints l = scorecard.lostPoints().get(0);
 * l.criterion().name();  // "Tỷ lệ hồ sơ giải quyết đúng hạn"
 * l.lost();              // 0.5
 * }</pre>
 */
@Value.Immutable
@CchcResultStyle
@JsonDeserialize(builder = LostPointsBuilder.class)
public abstract class LostPoints {
  LostPoints() {}

  /** Returns the criterion. */
  @JsonProperty("criterion")
  public abstract Criterion criterion();

  /** Returns the score obtained. */
  @JsonProperty("score")
  public abstract BigDecimal score();

  /** Returns the points lost: maximum minus score. */
  public BigDecimal lost() {
    return criterion().maxPoints().subtract(score());
  }

  /** Returns "3.2 Tỷ lệ hồ sơ giải quyết đúng hạn: -0.5". */
  @Override
  public String toString() {
    return criterion().id() + " " + criterion().name() + ": -" + lost().toPlainString();
  }

  static LostPoints of(Criterion c, BigDecimal score) {
    return new LostPointsBuilder().criterion(c).score(score).build();
  }
}

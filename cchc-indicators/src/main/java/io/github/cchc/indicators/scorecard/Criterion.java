package io.github.cchc.indicators.scorecard;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * A criterion of an index (lĩnh vực, tiêu chí, tiêu chí thành phần) with its maximum points and its
 * sub-criteria. A criterion with sub-criteria is worth exactly the sum of theirs; ids are unique in
 * a tree.
 *
 * <pre>{@code
 * Criterion tthc = Criterion.of("3", "Cải cách thủ tục hành chính", List.of(
 *     Criterion.leaf("3.1", "Thực hiện cơ chế một cửa", "3"),
 *     Criterion.leaf("3.2", "Tỷ lệ hồ sơ giải quyết đúng hạn", "2.5")));
 * tthc.maxPoints();  // 5.5
 * }</pre>
 */
@Value.Immutable
@JsonDeserialize(builder = CriterionBuilder.class)
public abstract class Criterion {
  Criterion() {}

  /** Returns the id, unique in its tree ("3.2"). */
  @JsonProperty("id")
  public abstract String id();

  /** Returns the name ("Cải cách thủ tục hành chính"). */
  @JsonProperty("name")
  public abstract String name();

  /** Returns the maximum points. */
  @JsonProperty("max_points")
  public abstract BigDecimal maxPoints();

  /** Returns the sub-criteria, empty for a leaf. */
  @JsonProperty("children")
  public abstract List<Criterion> children();

  /** Returns whether it has no sub-criteria (derived: not written to JSON). */
  @JsonIgnore
  public boolean isLeaf() {
    return children().isEmpty();
  }

  /** Returns this criterion and all below it, depth first. */
  public Stream<Criterion> flatten() {
    return Stream.concat(Stream.of(this), children().stream().flatMap(Criterion::flatten));
  }

  /**
   * Returns the criterion with {@code id} in this tree.
   *
   * @param id the id
   * @return the criterion, or empty
   */
  public Optional<Criterion> find(String id) {
    return flatten().filter(c -> c.id().equals(id)).findFirst();
  }

  @Value.Check
  void check() {
    if (maxPoints().signum() < 0) {
      throw new IllegalArgumentException(id() + ": negative maximum " + maxPoints());
    }
    if (!children().isEmpty()) {
      BigDecimal sum =
          children().stream().map(Criterion::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
      if (sum.compareTo(maxPoints()) != 0) {
        throw new IllegalArgumentException(
            id() + ": maximum " + maxPoints() + " is not the sum of its sub-criteria, " + sum);
      }
    }
    Set<String> ids = new HashSet<>();
    flatten()
        .forEach(
            c -> {
              if (!ids.add(c.id())) {
                throw new IllegalArgumentException("duplicate criterion id " + c.id());
              }
            });
  }

  /**
   * Returns a leaf criterion.
   *
   * @param id its id
   * @param name its name
   * @param maxPoints its maximum points, as a decimal text ("2.5")
   * @return the criterion
   */
  public static Criterion leaf(String id, String name, String maxPoints) {
    return builder().id(id).name(name).maxPoints(new BigDecimal(maxPoints)).build();
  }

  /**
   * Returns a criterion made of {@code children}, worth the sum of their points.
   *
   * @param id its id
   * @param name its name
   * @param children its sub-criteria
   * @return the criterion
   */
  public static Criterion of(String id, String name, List<Criterion> children) {
    return builder()
        .id(id)
        .name(name)
        .maxPoints(
            children.stream().map(Criterion::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add))
        .children(children)
        .build();
  }

  /** Returns a new builder. */
  public static CriterionBuilder builder() {
    return new CriterionBuilder();
  }
}

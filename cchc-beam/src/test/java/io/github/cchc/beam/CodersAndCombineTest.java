package io.github.cchc.beam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.cchc.indicators.indicator.Definition;
import io.github.cchc.indicators.indicator.Indicator;
import io.github.cchc.indicators.io.DossierReader;
import io.github.cchc.indicators.io.RejectedRow;
import io.github.cchc.indicators.tally.Counts;
import io.github.cchc.indicators.tally.Grouping;
import io.github.cchc.indicators.tally.Tally;
import io.github.cchc.indicators.tally.TallyScope;
import io.github.cchc.model.dossier.Dossier;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.util.CoderUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The coders are deterministic and round-trip; the CombineFn tallies as one machine does. */
class CodersAndCombineTest {
  private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
  private static final List<Dossier> DOSSIERS = new ArrayList<>();

  @BeforeAll
  static void readSample() {
    StringBuilder csv = new StringBuilder(SampleExport.HEADER).append('\n');
    SampleExport.records(7L, 600).forEach(r -> csv.append(r).append('\n'));
    DossierReader.defaults()
        .readCsv(
            "ho-so.csv",
            new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
            DOSSIERS::add);
  }

  private static List<Dossier> shuffled(long seed) {
    List<Dossier> d = new ArrayList<>(DOSSIERS);
    Collections.shuffle(d, new Random(seed));
    return d;
  }

  @Test
  void everyDossierRoundTripsThroughItsCoder() throws Exception {
    assertThat(DOSSIERS).hasSizeGreaterThan(500);
    assertThat(DOSSIERS).anyMatch(d -> !d.pauses().isEmpty());
    for (Dossier d : DOSSIERS) {
      byte[] bytes = CoderUtils.encodeToByteArray(DossierCoder.of(), d);
      assertThat(CoderUtils.decodeFromByteArray(DossierCoder.of(), bytes)).isEqualTo(d);
    }
    DossierCoder.of().verifyDeterministic();
  }

  @Test
  void equalTalliesHaveEqualBytesWhateverTheOrderOfTheDossiers() {
    TallyScope scope = TallyScope.all(AS_OF);
    Tally reference = Tally.of(Grouping.agency(), scope, DOSSIERS);
    byte[] expected = encode(reference);
    qt().withExamples(30)
        .forAll(longs().all(), integers().between(1, 8))
        .checkAssert(
            (seed, parts) -> {
              List<Dossier> d = shuffled(seed);
              Tally t = Tally.empty();
              int size = d.size() / parts + 1;
              for (int i = 0; i < d.size(); i += size) {
                t =
                    t.merge(
                        Tally.of(
                            Grouping.agency(), scope, d.subList(i, Math.min(d.size(), i + size))));
              }
              assertThat(t).isEqualTo(reference);
              assertThat(encode(t)).isEqualTo(expected);
              assertThat(decode(encode(t))).isEqualTo(reference);
            });
  }

  @Test
  void theAccumulatorCoderKeepsTheCounts() throws Exception {
    TallyCombineFn fn = TallyCombineFn.of(Grouping::month, () -> TallyScope.all(AS_OF));
    Coder<TallyCombineFn.Partial> coder =
        fn.getAccumulatorCoder(CoderRegistry.createDefault(), DossierCoder.of());
    TallyCombineFn.Partial first = fn.createAccumulator();
    TallyCombineFn.Partial second = fn.createAccumulator();
    DOSSIERS.subList(0, 300).forEach(d -> fn.addInput(first, d));
    DOSSIERS.subList(300, DOSSIERS.size()).forEach(d -> fn.addInput(second, d));
    TallyCombineFn.Partial back =
        CoderUtils.decodeFromByteArray(coder, CoderUtils.encodeToByteArray(coder, first));
    assertThat(fn.extractOutput(back)).isEqualTo(fn.extractOutput(first));
    // A decoded accumulator goes on counting and merging.
    DOSSIERS.subList(300, 310).forEach(d -> fn.addInput(back, d));
    TallyCombineFn.Partial all =
        fn.mergeAccumulators(List.of(back, second, fn.createAccumulator()));
    Tally expected =
        Tally.of(Grouping.month(), TallyScope.all(AS_OF), DOSSIERS)
            .merge(Tally.of(Grouping.month(), TallyScope.all(AS_OF), DOSSIERS.subList(300, 310)));
    assertThat(fn.extractOutput(all)).isEqualTo(expected);
    assertThat(fn.extractOutput(all).groups()).containsKeys("2024-01", "2024-12");
    assertThat(fn.extractOutput(fn.mergeAccumulators(List.of()))).isEqualTo(Tally.empty());
  }

  @Test
  void aTallyOfAnotherLayoutIsRefused() throws Exception {
    byte[] bytes = encode(Tally.of(Grouping.all(), TallyScope.all(AS_OF), DOSSIERS));
    bytes[0] = (byte) (Counts.size() + 1);
    assertThatThrownBy(() -> CoderUtils.decodeFromByteArray(TallyCoder.of(), bytes))
        .isInstanceOf(CoderException.class)
        .hasMessageContaining("counters per group");
    assertThatThrownBy(() -> Counts.ofArray(new long[Counts.size() - 1]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Tally.of(Map.of(), -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectedAndIndicatorRowsRoundTrip() throws Exception {
    RejectedRow a = new RejectedRow("ho-so.csv", 7, "Ngày tiếp nhận", "invalid date");
    RejectedRow b = new RejectedRow("ho-so.csv", 9, null, "expected 14 fields, found 13");
    for (RejectedRow r : List.of(a, b)) {
      assertThat(
              CoderUtils.decodeFromByteArray(
                  RejectedRowCoder.of(), CoderUtils.encodeToByteArray(RejectedRowCoder.of(), r)))
          .isEqualTo(r);
    }
    List<IndicatorRow> rows =
        IndicatorRow.fromTally(
            Tally.of(
                ComputeIndicators.grouping(Grouping.quarter()), TallyScope.all(AS_OF), DOSSIERS),
            Definition.NATIONAL_766,
            Indicator.CORE);
    assertThat(rows).hasSizeGreaterThan(Indicator.CORE.size());
    for (IndicatorRow r : rows) {
      assertThat(
              CoderUtils.decodeFromByteArray(
                  IndicatorRowCoder.of(), CoderUtils.encodeToByteArray(IndicatorRowCoder.of(), r)))
          .isEqualTo(r);
    }
    IndicatorRow r = rows.get(0);
    assertThat(r.toCsv())
        .startsWith(r.unit() + ";" + r.procedure() + ";" + r.period() + ";on_time;national;");
    assertThat(r.value().group()).isEqualTo(r.unit() + " / " + r.procedure() + " / " + r.period());
  }

  @Test
  void combineGloballyOnTheDirectRunnerGivesTheSingleMachineTally() {
    DirectOptions options = PipelineOptionsFactory.create().as(DirectOptions.class);
    options.setTargetParallelism(3);
    Pipeline p = Pipeline.create(options);
    Collect<Tally> out =
        Collect.from(
            p.apply(Create.of(shuffled(42)).withCoder(DossierCoder.of()))
                .apply(
                    Combine.globally(
                            TallyCombineFn.of(Grouping::agency, () -> TallyScope.all(AS_OF)))
                        .withoutDefaults()),
            "Tally");
    p.run().waitUntilFinish();

    assertThat(out.items())
        .containsExactly(Tally.of(Grouping.agency(), TallyScope.all(AS_OF), DOSSIERS));
  }

  private static byte[] encode(Tally t) {
    try {
      return CoderUtils.encodeToByteArray(TallyCoder.of(), t);
    } catch (CoderException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Tally decode(byte[] b) {
    try {
      return CoderUtils.decodeFromByteArray(TallyCoder.of(), b);
    } catch (CoderException e) {
      throw new IllegalStateException(e);
    }
  }
}

/**
 * Dossier tallies and indicators as an Apache Beam pipeline: the same computation as the
 * single-machine path of {@code cchc-indicators}, on the DirectRunner, Flink, Spark or Dataflow.
 * Optional: nothing in the core depends on this package.
 *
 * <ul>
 *   <li>{@link io.github.cchc.beam.TallyExport} reads an export split within files, de-duplicates
 *       ids across all files as one machine does, and gives one {@code Tally} and the rejected
 *       rows, shuffling only ids and tallies: the scalable path;
 *   <li>{@link io.github.cchc.beam.IndicatorsPipeline} is {@code cchc indicators} as a pipeline
 *       ({@code cchc-beam-pipeline.jar}: {@code --runner=FlinkRunner|SparkRunner|DirectRunner
 *       --input=GLOB --output=DIR}), its options {@link
 *       io.github.cchc.beam.IndicatorsPipelineOptions};
 *   <li>{@link io.github.cchc.beam.ReadDossiers} reads a dossier export (one file or many shards,
 *       CSV or JSON Lines, the same column mapping as {@code DossierReader}) into dossiers, and
 *       every row it cannot read into a separate output with its reason;
 *   <li>{@link io.github.cchc.beam.TallyCombineFn} is a {@code CombineFn} whose accumulator counts
 *       with the core {@code TallyAccumulator} and travels as a {@code Tally} (deterministic
 *       coder): the tally is a commutative monoid, so the runner combines partial tallies wherever
 *       it likes;
 *   <li>{@link io.github.cchc.beam.ComputeIndicators} turns dossiers into {@link
 *       io.github.cchc.beam.IndicatorRow}s per unit, procedure and period;
 *   <li>{@link io.github.cchc.beam.ExportIndicators} is the two together.
 * </ul>
 *
 * <pre>{@code
 * Pipeline p = Pipeline.create(options);
 * PCollectionTuple out = p.apply(ExportIndicators.from("exports/ho-so-*.csv", LocalDate.of(2024, 12, 31)));
 * out.get(ExportIndicators.INDICATORS);  // PCollection<IndicatorRow>
 * out.get(ExportIndicators.REJECTED);    // PCollection<RejectedRow>
 * p.run().waitUntilFinish();
 * }</pre>
 */
@NullMarked
package io.github.cchc.beam;

import org.jspecify.annotations.NullMarked;

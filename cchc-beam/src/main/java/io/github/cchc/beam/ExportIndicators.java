package io.github.cchc.beam;

import io.github.cchc.indicators.io.RejectedRow;
import java.time.LocalDate;
import java.util.Objects;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Reads a dossier export and computes its indicators per unit, procedure and period: {@link
 * ReadDossiers} then {@link ComputeIndicators}. Two outputs: the rows ({@link #INDICATORS}) and the
 * rows of the export that were not read, with their reasons ({@link #REJECTED}).
 *
 * <pre>{@code
 * Pipeline p = Pipeline.create(PipelineOptionsFactory.fromArgs(args).create());
 * PCollectionTuple out = p.apply(
 *     ExportIndicators.from("exports/ho-so-*.csv", LocalDate.of(2024, 12, 31)));
 * out.get(ExportIndicators.INDICATORS)
 *     .apply(MapElements.into(TypeDescriptors.strings()).via(IndicatorRow::toCsv))
 *     .apply(TextIO.write().to("out/indicators"));
 * p.run().waitUntilFinish();
 * }</pre>
 */
public final class ExportIndicators extends PTransform<PBegin, PCollectionTuple> {
  private static final long serialVersionUID = 1L;

  /** The indicator rows. */
  public static final TupleTag<IndicatorRow> INDICATORS = new TupleTag<IndicatorRow>() {};

  /** The rows of the export that were not read, with their reasons. */
  public static final TupleTag<RejectedRow> REJECTED = ReadDossiers.REJECTED;

  private final ReadDossiers read;
  private final ComputeIndicators compute;

  private ExportIndicators(ReadDossiers read, ComputeIndicators compute) {
    this.read = read;
    this.compute = compute;
  }

  /**
   * Returns the transform reading {@code filepattern} with the default reader and computing every
   * indicator by calendar month, open dossiers judged on {@code asOf}.
   *
   * @param filepattern the export's files
   * @param asOf the day open dossiers are judged on
   * @return the transform
   */
  public static ExportIndicators from(String filepattern, LocalDate asOf) {
    return of(ReadDossiers.from(filepattern), ComputeIndicators.asOf(asOf));
  }

  /**
   * Returns the transform made of {@code read} and {@code compute}, each configured as wanted.
   *
   * @param read how to read the export
   * @param compute what to compute
   * @return the transform
   */
  public static ExportIndicators of(ReadDossiers read, ComputeIndicators compute) {
    return new ExportIndicators(Objects.requireNonNull(read), Objects.requireNonNull(compute));
  }

  @Override
  public PCollectionTuple expand(PBegin input) {
    PCollectionTuple dossiers = input.apply("Read dossiers", read);
    PCollection<IndicatorRow> rows =
        dossiers.get(ReadDossiers.DOSSIERS).apply("Compute indicators", compute);
    return PCollectionTuple.of(INDICATORS, rows).and(REJECTED, dossiers.get(ReadDossiers.REJECTED));
  }
}

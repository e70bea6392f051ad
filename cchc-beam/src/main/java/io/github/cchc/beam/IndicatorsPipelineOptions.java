package io.github.cchc.beam;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.Validation;
import org.jspecify.annotations.Nullable;

/**
 * The options of {@link IndicatorsPipeline}, beside Beam's own ({@code --runner} and the runner's):
 * the same choices as {@code cchc indicators}.
 */
public interface IndicatorsPipelineOptions extends PipelineOptions {
  /** Returns the export's files: a pattern such as {@code /data/ho-so-*.csv}. */
  @Description("The export's files: a pattern, e.g. /data/2024/ho-so-*.csv (CSV or .jsonl).")
  @Validation.Required
  String getInput();

  /**
   * Sets the export's files.
   *
   * @param value the pattern
   */
  void setInput(String value);

  /** Returns the directory indicators.csv and rejected.csv are written into. */
  @Description("Directory to write indicators.csv and rejected.csv into.")
  @Validation.Required
  String getOutput();

  /**
   * Sets the output directory.
   *
   * @param value the directory
   */
  void setOutput(String value);

  /** Returns the grouping: all, agency, procedure, month, quarter or channel. */
  @Description(
      "Group by: all, agency, procedure, month, quarter, channel (as cchc indicators --by).")
  @Default.String("all")
  String getBy();

  /**
   * Sets the grouping.
   *
   * @param value the grouping
   */
  void setBy(String value);

  /** Returns the period counted (2024, 2024-Q1, 2024-06, 2024-H1, 2024-9M), or null for all. */
  @Description("Count dossiers received in PERIOD: 2024, 2024-Q1, 2024-06, 2024-H1, 2024-9M.")
  @Nullable String getPeriod();

  /**
   * Sets the period.
   *
   * @param value the period
   */
  void setPeriod(@Nullable String value);

  /** Returns calendar or official periods. */
  @Description("Periods: calendar, or official (Nghị định 09/2019: 15th to 14th).")
  @Default.String("calendar")
  String getPeriods();

  /**
   * Sets the kind of periods.
   *
   * @param value calendar or official
   */
  void setPeriods(String value);

  /** Returns provincial or national. */
  @Description("provincial (finished dossiers) or national (Quyết định 766/QĐ-TTg).")
  @Default.String("provincial")
  String getDefinition();

  /**
   * Sets the definition.
   *
   * @param value provincial or national
   */
  void setDefinition(String value);

  /** Returns the day open dossiers are judged on (ISO date), or null for the CLI's default. */
  @Description("Day open dossiers are judged on (default: the period's last day, or today).")
  @Nullable String getAsOf();

  /**
   * Sets the day open dossiers are judged on.
   *
   * @param value an ISO date
   */
  void setAsOf(@Nullable String value);

  /** Returns the size of a read range in bytes. */
  @Description("Size of the byte ranges files are read in, bytes (default 64 MiB).")
  @Default.Long(67_108_864L)
  long getSplitBytes();

  /**
   * Sets the size of a read range.
   *
   * @param value bytes
   */
  void setSplitBytes(long value);

  /** Returns the number of buckets of the duplicate-id check. */
  @Description("Buckets of the duplicate-id check; a worker holds a bucket's ids (default 512).")
  @Default.Integer(512)
  int getDuplicateBuckets();

  /**
   * Sets the number of buckets.
   *
   * @param value buckets
   */
  void setDuplicateBuckets(int value);
}

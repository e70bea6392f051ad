package io.github.cchc.examples.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@link DossierGenerator} wrote: the true counts of the good rows, province-wide and per
 * agency, from which every indicator of the sample follows. A reader of the export must find the
 * same figures (and reject exactly {@link #badRows()} rows).
 *
 * <pre>{@code
 * GenerationSummary s = DossierGenerator.withSeed(DossierGenerator.DEFAULT_SEED).write(1000, out);
 * s.province().onTimeRate(); // "97,xx%"
 * }</pre>
 *
 * @param seed the seed
 * @param rows the data rows written, good and bad
 * @param badRows the deliberately bad rows among them
 * @param province the counts over all good rows ("Toàn tỉnh")
 * @param agencies the counts per agency, in catalogue order
 */
public record GenerationSummary(
    long seed, int rows, int badRows, Counts province, List<Counts> agencies) {

  /** Compact canonical constructor: copies the list. */
  public GenerationSummary {
    agencies = List.copyOf(agencies);
  }

  /**
   * The counts of one agency or of the province.
   *
   * @param agency the agency's name ("Sở Tư pháp"), or "Toàn tỉnh"
   * @param dossiers good dossier rows
   * @param finished rows with a result date ("Đã trả kết quả")
   * @param early finished before the appointment day (trước hạn)
   * @param onDueDay finished on the appointment day (đúng hạn)
   * @param late finished after the appointment day (quá hạn)
   * @param fullyOnline submitted online through a fully-online service (Trực tuyến, Toàn trình)
   * @param paymentApplicable rows whose procedure has a fee ("Có" or "Không", not "Không áp dụng")
   * @param paidOnline rows paid online ("Có")
   * @param digitised finished rows with a digitised result ("Số hóa kết quả" = "Có")
   * @param paused rows with a supplement pause
   */
  public record Counts(
      String agency,
      long dossiers,
      long finished,
      long early,
      long onDueDay,
      long late,
      long fullyOnline,
      long paymentApplicable,
      long paidOnline,
      long digitised,
      long paused) {

    /**
     * Dossiers finished early or on the due day.
     *
     * @return trước hạn + đúng hạn
     */
    public long onTime() {
      return early + onDueDay;
    }

    /**
     * Open dossiers (no result date).
     *
     * @return dossiers - finished
     */
    public long inProgress() {
      return dossiers - finished;
    }

    /**
     * On-time rate of finished dossiers, as people read it.
     *
     * @return e.g. "97,61%"
     */
    public String onTimeRate() {
      return percent(onTime(), finished);
    }

    /**
     * Fully-online rate over all dossiers.
     *
     * @return e.g. "34,02%"
     */
    public String fullyOnlineRate() {
      return percent(fullyOnline, dossiers);
    }

    /**
     * Online-payment rate over dossiers with a fee.
     *
     * @return e.g. "88,10%"
     */
    public String paymentRate() {
      return percent(paidOnline, paymentApplicable);
    }

    /**
     * Digitised-result rate over finished dossiers (those that have a result), as {@code
     * cchc-indicators} counts it.
     *
     * @return e.g. "60,00%"
     */
    public String digitisedRate() {
      return percent(digitised, finished);
    }
  }

  /**
   * Formats a ratio as a Vietnamese percentage with two decimals, rounded half up.
   *
   * @param numerator the numerator
   * @param denominator the denominator
   * @return e.g. "97,61%", or "—" when the denominator is 0
   */
  public static String percent(long numerator, long denominator) {
    if (denominator == 0) {
      return "—";
    }
    BigDecimal rate =
        BigDecimal.valueOf(numerator)
            .multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
    NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag("vi-VN"));
    format.setMinimumFractionDigits(2);
    format.setMaximumFractionDigits(2);
    return format.format(rate) + "%";
  }

  /**
   * The summary as a Markdown table (as in {@code examples/data/README.md}).
   *
   * @return one line per agency and one for the province
   */
  public String toMarkdown() {
    StringBuilder b = new StringBuilder();
    b.append("| Cơ quan giải quyết | hồ sơ | đã giải quyết | đúng hạn | trực tuyến toàn trình")
        .append(" | thanh toán trực tuyến | số hóa kết quả |\n");
    b.append("|---|---:|---:|---:|---:|---:|---:|\n");
    List<Counts> rowsOut = new ArrayList<>(agencies);
    rowsOut.add(province);
    NumberFormat count = NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN"));
    for (Counts c : rowsOut) {
      b.append("| ")
          .append(c.agency())
          .append(" | ")
          .append(count.format(c.dossiers()))
          .append(" | ")
          .append(count.format(c.finished()))
          .append(" | ")
          .append(c.onTimeRate())
          .append(" | ")
          .append(c.fullyOnlineRate())
          .append(" | ")
          .append(c.paymentRate())
          .append(" | ")
          .append(c.digitisedRate())
          .append(" |\n");
    }
    return b.toString();
  }

  /** Mutable counts while generating. */
  static final class Counter {
    private final List<Catalogue.AgencySpec> specs;
    private final long[][] counts;
    private int bad;

    Counter(List<Catalogue.AgencySpec> specs) {
      this.specs = specs;
      this.counts = new long[specs.size()][10];
    }

    void add(
        int agency,
        boolean fullyOnline,
        boolean finished,
        int outcome,
        boolean paymentApplicable,
        boolean paid,
        boolean digitised,
        boolean paused) {
      long[] c = counts[agency];
      c[0]++;
      if (finished) {
        c[1]++;
        c[2 + outcome]++;
      }
      c[5] += fullyOnline ? 1 : 0;
      c[6] += paymentApplicable ? 1 : 0;
      c[7] += paid ? 1 : 0;
      c[8] += digitised ? 1 : 0;
      c[9] += paused ? 1 : 0;
    }

    void bad() {
      bad++;
    }

    int badSoFar() {
      return bad;
    }

    GenerationSummary summary(int rows, long seed) {
      List<Counts> list = new ArrayList<>();
      long[] total = new long[10];
      for (int a = 0; a < specs.size(); a++) {
        list.add(counts(specs.get(a).name(), counts[a]));
        for (int i = 0; i < total.length; i++) {
          total[i] += counts[a][i];
        }
      }
      return new GenerationSummary(seed, rows, bad, counts("Toàn tỉnh", total), list);
    }

    private static Counts counts(String name, long[] c) {
      return new Counts(name, c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9]);
    }
  }
}

package io.github.cchc.reporting.builder;

import io.github.cchc.reporting.model.Cell;
import io.github.cchc.reporting.model.Chart;
import io.github.cchc.reporting.model.ChartBuilder;
import io.github.cchc.reporting.model.ChartKind;
import io.github.cchc.reporting.model.Column;
import io.github.cchc.reporting.model.HeaderGroup;
import io.github.cchc.reporting.model.OfficialHeader;
import io.github.cchc.reporting.model.Paragraph;
import io.github.cchc.reporting.model.Report;
import io.github.cchc.reporting.model.Row;
import io.github.cchc.reporting.model.Section;
import io.github.cchc.reporting.model.Series;
import io.github.cchc.reporting.model.SignatureBlock;
import io.github.cchc.reporting.model.Table;
import io.github.cchc.reporting.model.TableBuilder;
import java.math.BigDecimal;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The ranking of units on one indicator, as a {@link Report}: units ordered by their exact rate
 * (ties share a rank and are listed by name in Vietnamese order), each row with its numerator,
 * denominator and rate, a total row over all units, and a bar chart of the rates against the
 * target. Units with a zero denominator are listed last, unranked.
 *
 * <pre>{@code
 * Report report = UnitRanking.builder()
 *     .header(header)
 *     .indicator("Tỷ lệ hồ sơ giải quyết đúng hạn")
 *     .periodLabel("quý III năm 2024")
 *     .numeratorLabel("Đúng hạn")
 *     .denominatorLabel("Đã giải quyết")
 *     .target(new BigDecimal("98"))
 *     .addUnits(UnitFigures.of("Sở Tư pháp", 985, 1000), UnitFigures.of("Sở Y tế", 1204, 1250))
 *     .build()
 *     .toReport();
 * }</pre>
 *
 * <p>Ranking compares numerator × denominator cross products, so 2/3 and 4/6 tie exactly; the rate
 * in the cells is kept to 10 decimals and rounded only by the renderer.
 */
@Value.Immutable
public abstract class UnitRanking {
  private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi-VN"));
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  UnitRanking() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static UnitRankingBuilder builder() {
    return new UnitRankingBuilder();
  }

  /**
   * The header of the report.
   *
   * @return the header
   */
  public abstract OfficialHeader header();

  /**
   * The indicator ranked ("Tỷ lệ hồ sơ giải quyết đúng hạn").
   *
   * @return the indicator's name
   */
  public abstract String indicator();

  /**
   * The period as it reads in the title ("quý III năm 2024").
   *
   * @return the period label
   */
  public abstract String periodLabel();

  /**
   * The label of the numerator column.
   *
   * @return the label; "Tử số" unless set
   */
  @Value.Default
  public String numeratorLabel() {
    return "Tử số";
  }

  /**
   * The label of the denominator column.
   *
   * @return the label; "Mẫu số" unless set
   */
  @Value.Default
  public String denominatorLabel() {
    return "Mẫu số";
  }

  /**
   * The unit of numerator and denominator.
   *
   * @return the unit; "hồ sơ" unless set
   */
  @Value.Default
  public String countUnit() {
    return "hồ sơ";
  }

  /**
   * The target rate in percent, drawn beside each unit's bar, if any.
   *
   * @return the target
   */
  public abstract Optional<BigDecimal> target();

  /**
   * The units' figures, in any order.
   *
   * @return the figures
   */
  public abstract List<UnitFigures> units();

  /**
   * The addressees (Kính gửi), to whom "Như trên" among the recipients refers.
   *
   * @return the addressees
   */
  public abstract List<String> addressees();

  /**
   * The signature block.
   *
   * @return the signature block
   */
  public abstract Optional<SignatureBlock> signature();

  /**
   * The recipients (Nơi nhận).
   *
   * @return the recipients
   */
  public abstract List<String> recipients();

  /**
   * Computes the ranking and lays it out as a report.
   *
   * @return the report
   */
  public Report toReport() {
    List<UnitFigures> measured = new ArrayList<>();
    List<UnitFigures> unmeasured = new ArrayList<>();
    for (UnitFigures u : units()) {
      (u.denominator() > 0 ? measured : unmeasured).add(u);
    }
    Comparator<UnitFigures> byName = Comparator.comparing(UnitFigures::unit, VIETNAMESE);
    measured.sort(
        ((Comparator<UnitFigures>)
                (a, b) ->
                    Rates.compare(b.numerator(), b.denominator(), a.numerator(), a.denominator()))
            .thenComparing(byName));
    unmeasured.sort(byName);

    TableBuilder rows =
        Table.builder()
            .caption("Bảng 1. Xếp hạng các đơn vị theo " + lowerFirst(indicator()))
            .unitNote("Đơn vị tính: " + countUnit() + "; tỷ lệ: %")
            .addColumns(
                Column.of("Xếp hạng"),
                Column.of("Đơn vị"),
                Column.of(numeratorLabel(), countUnit()),
                Column.of(denominatorLabel(), countUnit()),
                Column.of("Tỷ lệ", "%"))
            .addGroups(HeaderGroup.of("", 2), HeaderGroup.of(indicator(), 3));
    int rank = 0;
    UnitFigures previous = null;
    long sumNumerator = 0;
    long sumDenominator = 0;
    for (int i = 0; i < measured.size(); i++) {
      UnitFigures u = measured.get(i);
      if (previous == null
          || Rates.compare(
                  u.numerator(), u.denominator(), previous.numerator(), previous.denominator())
              != 0) {
        rank = i + 1;
      }
      previous = u;
      sumNumerator += u.numerator();
      sumDenominator += u.denominator();
      rows.addRows(
          Row.of(
              Cell.count(rank),
              Cell.text(u.unit()),
              Cell.count(u.numerator()),
              Cell.count(u.denominator()),
              Cell.percent(Rates.percent(u.numerator(), u.denominator()), 2)));
    }
    for (UnitFigures u : unmeasured) {
      rows.addRows(
          Row.of(
              Cell.empty(),
              Cell.text(u.unit()),
              Cell.count(u.numerator()),
              Cell.count(u.denominator()),
              Cell.empty()));
    }
    rows.addTotals(
        Row.of(
            Cell.empty(),
            Cell.text("Tổng cộng"),
            Cell.count(sumNumerator),
            Cell.count(sumDenominator),
            sumDenominator == 0
                ? Cell.empty()
                : Cell.percent(Rates.percent(sumNumerator, sumDenominator), 2)));

    List<String> categories = new ArrayList<>();
    List<BigDecimal> actual = new ArrayList<>();
    for (UnitFigures u : measured) {
      categories.add(u.unit());
      actual.add(Rates.percent(u.numerator(), u.denominator()));
    }
    ChartBuilder chart =
        Chart.builder()
            .kind(ChartKind.BAR)
            .title("Biểu đồ 1. " + indicator() + " theo đơn vị")
            .valueUnit("%")
            .axisMaximum(HUNDRED)
            .categories(categories);
    chart.addSeries(Series.of("Thực hiện", actual));
    target()
        .ifPresent(
            t -> chart.addSeries(Series.of("Chỉ tiêu", categories.stream().map(c -> t).toList())));

    Section section =
        Section.builder()
            .heading("I. KẾT QUẢ XẾP HẠNG")
            .addBlocks(
                Paragraph.of(
                    "Các đơn vị được xếp hạng theo "
                        + lowerFirst(indicator())
                        + " "
                        + periodLabel()
                        + ", tính bằng tỷ lệ giữa số "
                        + numeratorLabel().toLowerCase(Locale.forLanguageTag("vi-VN"))
                        + " và số "
                        + denominatorLabel().toLowerCase(Locale.forLanguageTag("vi-VN"))
                        + "; các đơn vị có tỷ lệ bằng nhau cùng hạng."),
                rows.build(),
                chart.build())
            .build();
    return Report.builder()
        .header(header())
        .kind("BÁO CÁO")
        .title("Xếp hạng các đơn vị theo " + lowerFirst(indicator()) + " " + periodLabel())
        .addSections(section)
        .signature(signature())
        .addressees(addressees())
        .recipients(recipients())
        .build();
  }

  private static String lowerFirst(String text) {
    return text.isEmpty()
        ? text
        : text.substring(0, 1).toLowerCase(Locale.forLanguageTag("vi-VN")) + text.substring(1);
  }
}

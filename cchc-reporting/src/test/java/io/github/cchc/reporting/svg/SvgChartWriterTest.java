package io.github.cchc.reporting.svg;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cchc.reporting.SampleReports;
import io.github.cchc.reporting.model.Chart;
import io.github.cchc.reporting.model.ChartKind;
import io.github.cchc.reporting.model.Series;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class SvgChartWriterTest {
  private static Chart chart(String unit) {
    return Chart.builder()
        .kind(ChartKind.BAR)
        .title("Biểu đồ 1. Tỷ lệ hồ sơ đúng hạn <so với> chỉ tiêu")
        .valueUnit("%")
        .axisMaximum(new BigDecimal("100"))
        .addCategories(unit, "Sở Y tế")
        .addSeries(Series.of("Thực hiện", List.of(new BigDecimal("98.5"), new BigDecimal("96.32"))))
        .addSeries(Series.of("Chỉ tiêu", List.of(new BigDecimal("98"), new BigDecimal("98"))))
        .build();
  }

  @Test
  void theSameChartGivesTheSameBytes() {
    assertThat(SvgChartWriter.toSvg(chart("Sở Tư pháp")))
        .isEqualTo(SvgChartWriter.toSvg(chart("Sở Tư pháp")));
  }

  @Test
  void svgIsWellFormedWithEscapedTextAndFourBars() throws Exception {
    String svg = SvgChartWriter.toSvg(chart("Sở \"Tư\" pháp & <b>"));
    Document doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new InputSource(new StringReader(svg)));
    assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
    // Background, two legend keys, four bars.
    assertThat(doc.getElementsByTagName("rect").getLength()).isEqualTo(1 + 2 + 4);
    assertThat(doc.getDocumentElement().getTextContent())
        .contains("Sở \"Tư\" pháp & <b>")
        .contains("98,5")
        .contains("96,3");
    assertThat(svg).doesNotContain("<b>");
  }

  @Test
  void theLineChartOfTheSampleIsAPolylinePerSeries() {
    Chart trend = (Chart) SampleReports.ranking().sections().get(1).blocks().get(1);
    String svg = SvgChartWriter.toSvg(trend);
    assertThat(svg.split("<polyline", -1)).hasSize(3);
    assertThat(svg).contains("Tháng 7").contains("95,0").contains("100,0");
  }

  @Test
  void thePngHasTheRequestedSize() throws Exception {
    byte[] png = PngChartPainter.toPng(chart("Sở Tư pháp"), 2);
    var image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo(1280);
    assertThat(image.getHeight()).isEqualTo(720);
  }
}

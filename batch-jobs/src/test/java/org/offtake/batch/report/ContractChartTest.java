package org.offtake.batch.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.YearMonth;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.offtake.batch.report.ReportRecords.ContractYear;

import static org.assertj.core.api.Assertions.assertThat;

class ContractChartTest {

    private static final Map<YearMonth, Double> HISTORY = new TreeMap<>(Map.of(
            YearMonth.of(2025, 9), 120.0, YearMonth.of(2025, 11), 90.0, YearMonth.of(2025, 12), 100.0));

    private static Map<YearMonth, double[]> forecast() {
        Map<YearMonth, double[]> f = new TreeMap<>();
        for (int i = 0; i < 24; i++) {
            f.put(YearMonth.of(2026, 1).plusMonths(i), new double[] {100, 60, 80, 120, 140});
        }
        return f;
    }

    private static ContractYear year(int year, String from, String to, double firm, double option) {
        return new ContractYear("M", "I", year, from, to, 0.5, firm, option, 0, 0, 0, 0, 0, 0, 0, 0, "default", "m",
                "r");
    }

    @Test
    void chart_drawsHistoryWithGapsAtZero_bandsAsPolygons_andFirmVolumeSpreadOverEachContractYear() {
        List<ContractYear> years = List.of(year(0, "2026-01", "2027-12", 2640, 240),
                year(1, "2026-01", "2026-12", 1200, 120), year(2, "2027-01", "2027-12", 1440, 120));
        XYChart chart = ContractChart.chart(HISTORY, forecast(), years);

        assertThat(chart.getSeriesMap().keySet()).containsExactly(ContractChart.BAND_95, ContractChart.BAND_80,
                ContractChart.HISTORY, ContractChart.MEAN, ContractChart.FIRM, ContractChart.FIRM_OPTION);
        XYSeries history = chart.getSeriesMap().get(ContractChart.HISTORY);
        assertThat(history.getYData()).containsExactly(120.0, 0.0, 90.0, 100.0);
        XYSeries band = chart.getSeriesMap().get(ContractChart.BAND_95);
        assertThat(band.getXYSeriesRenderStyle()).isEqualTo(XYSeries.XYSeriesRenderStyle.PolygonArea);
        // along the upper bounds and back along the lower ones
        assertThat(band.getYData()).hasSize(48);
        assertThat(band.getYData()[0]).isEqualTo(140.0);
        assertThat(band.getYData()[47]).isEqualTo(60.0);
        XYSeries firm = chart.getSeriesMap().get(ContractChart.FIRM);
        assertThat(firm.getXYSeriesRenderStyle()).isEqualTo(XYSeries.XYSeriesRenderStyle.Step);
        // 13 points a year (the 13th closes the step); year 1 at 1,200 / 12, year 2 at 1,440 / 12
        assertThat(firm.getYData()).hasSize(26);
        assertThat(firm.getYData()[0]).isEqualTo(100.0);
        assertThat(firm.getYData()[12]).isEqualTo(100.0);
        assertThat(firm.getYData()[13]).isEqualTo(120.0);
        assertThat(chart.getSeriesMap().get(ContractChart.FIRM_OPTION).getYData()[0]).isEqualTo(110.0);
    }

    @Test
    void chart_withoutOptionOrData_leavesThoseSeriesOut_andStillDraws() throws IOException {
        XYChart noOption = ContractChart.chart(HISTORY, forecast(), List.of(year(1, "2026-01", "2026-12", 1200, 0)));
        assertThat(noOption.getSeriesMap()).doesNotContainKey(ContractChart.FIRM_OPTION);

        String empty = ContractChart.pngDataUri(Map.of(), Map.of(), List.of());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(
                empty.substring("data:image/png;base64,".length()))));
        assertThat(image.getWidth()).isEqualTo(ContractChart.WIDTH);
        assertThat(image.getHeight()).isEqualTo(ContractChart.HEIGHT);
    }

    @Test
    void png_isAPaletteImageOfSixteenColours_withTheSeriesColours_andSmall() throws IOException {
        Map<YearMonth, Double> history = new TreeMap<>();
        java.util.Random random = new java.util.Random(1);
        for (YearMonth m = YearMonth.of(2019, 1); !m.isAfter(YearMonth.of(2025, 12)); m = m.plusMonths(1)) {
            history.put(m, 1000.0 + random.nextInt(600));
        }
        Map<YearMonth, double[]> forecast = new TreeMap<>();
        for (int i = 0; i < 36; i++) {
            double mean = 1100 + 200 * Math.sin(i);
            forecast.put(YearMonth.of(2026, 1).plusMonths(i), new double[] {mean, mean * 0.5, mean * 0.7, mean * 1.3,
                mean * 1.6});
        }
        List<ContractYear> years = List.of(year(1, "2026-01", "2026-12", 12000, 1200),
                year(2, "2027-01", "2027-12", 12000, 1200), year(3, "2028-01", "2028-12", 12000, 1200));
        byte[] png = ContractChart.png(ContractChart.chart(history, forecast, years));

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getColorModel()).isInstanceOf(java.awt.image.IndexColorModel.class);
        java.awt.image.IndexColorModel palette = (java.awt.image.IndexColorModel) image.getColorModel();
        assertThat(palette.getMapSize()).isLessThanOrEqualTo(ContractChart.COLOURS);
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                colours.add(image.getRGB(x, y) & 0xffffff);
            }
        }
        // the background, the purchases, the mean and the firm volume are drawn in their own colours
        assertThat(colours).contains(0xffffff, 0x333333, 0x0b2f63, 0xd95f02);
        // XChart's full-colour anti-aliased PNG of this chart is about 65 KB
        assertThat(png.length).as("bytes").isLessThan(20_000);
    }

    @Test
    void indexed_keepsTheMostFrequentColours_andGivesEveryOtherPixelTheNearestOfThem() {
        // an anti-aliased chart: thousands of colours, most of them a few pixels each
        java.awt.image.BufferedImage rgb = new java.awt.image.BufferedImage(ContractChart.WIDTH,
                ContractChart.HEIGHT, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = rgb.createGraphics();
        ContractChart.chart(HISTORY, forecast(), List.of(year(1, "2026-01", "2026-12", 1200, 120)))
                .paint(g, ContractChart.WIDTH, ContractChart.HEIGHT);
        g.dispose();
        // the reference, pixel by pixel: frequencies, then the palette, then each pixel's nearest palette colour
        Map<Integer, Integer> frequency = new java.util.HashMap<>();
        for (int y = 0; y < rgb.getHeight(); y++) {
            for (int x = 0; x < rgb.getWidth(); x++) {
                frequency.merge(rgb.getRGB(x, y) & 0xffffff, 1, Integer::sum);
            }
        }
        assertThat(frequency).hasSizeGreaterThan(ContractChart.COLOURS);

        BufferedImage image = ContractChart.indexed(rgb);

        java.awt.image.IndexColorModel model = (java.awt.image.IndexColorModel) image.getColorModel();
        List<Integer> palette = new java.util.ArrayList<>();
        for (int i = 0; i < model.getMapSize(); i++) {
            palette.add(model.getRGB(i) & 0xffffff);
        }
        assertThat(palette).hasSize(ContractChart.COLOURS).startsWith(0xffffff, 0x333333, 0x0b2f63, 0xd95f02)
                .doesNotHaveDuplicates();
        List<Integer> others = frequency.entrySet().stream().filter(e -> !palette.subList(0, 7).contains(e.getKey()))
                .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).limit(ContractChart.COLOURS - 7).toList();
        assertThat(palette.subList(7, ContractChart.COLOURS)).isEqualTo(others);
        for (int y = 0; y < rgb.getHeight(); y++) {
            for (int x = 0; x < rgb.getWidth(); x++) {
                int c = rgb.getRGB(x, y) & 0xffffff;
                int best = 0;
                long bestDistance = Long.MAX_VALUE;
                for (int i = 0; i < palette.size(); i++) {
                    long dr = ((c >> 16) & 0xff) - ((palette.get(i) >> 16) & 0xff);
                    long dg = ((c >> 8) & 0xff) - ((palette.get(i) >> 8) & 0xff);
                    long db = (c & 0xff) - (palette.get(i) & 0xff);
                    long d = dr * dr + dg * dg + db * db;
                    if (d < bestDistance) {
                        bestDistance = d;
                        best = i;
                    }
                }
                assertThat(image.getRGB(x, y) & 0xffffff).as("pixel %d, %d", x, y).isEqualTo(palette.get(best));
            }
        }
    }

    @Test
    void pngDataUri_isAPngOfTheChartsSize() throws IOException {
        String uri = ContractChart.pngDataUri(HISTORY, forecast(), List.of(year(1, "2026-01", "2026-12", 1200, 120)));
        assertThat(uri).startsWith("data:image/png;base64,");
        byte[] png = Base64.getDecoder().decode(uri.substring("data:image/png;base64,".length()));
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(ContractChart.WIDTH);
        assertThat(image.getHeight()).isEqualTo(ContractChart.HEIGHT);
    }
}

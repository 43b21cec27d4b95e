package org.offtake.batch.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.IndexColorModel;
import java.awt.image.MultiPixelPackedSampleModel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.offtake.batch.report.ReportRecords.ContractYear;

/**
 * The chart of one manufacturer x item, drawn by XChart and encoded as a PNG data URI for the HTML report: monthly
 * purchases (history), the forecast mean with its 80 % and 95 % bands, and the recommended firm volume (and firm plus
 * option) of each contract year spread evenly over its months (volume / 12 per month, a step line). The chart holds
 * numbers, months and an English legend only; names stay in the HTML, so no font with Cyrillic glyphs is needed.
 * Needs AWT in headless mode ({@code java.awt.headless=true}, which Spring Boot sets) and one font (any).
 *
 * <p>Small, since the report holds one per manufacturer x item: lines are drawn without anti-aliasing (the text keeps
 * it), and the image is written as a PNG of {@value #COLOURS} palette colours (4 bits a pixel), deflated: the chart's own colours (white, the series' colours and the bands as drawn on white) are always in
 * the palette, the most frequent others fill it, and any other pixel (the edges of anti-aliased letters) takes the
 * nearest palette colour. A typical chart is about 13 KB instead of 65 KB as XChart's full-colour, anti-aliased PNG.
 */
final class ContractChart {

    static final int WIDTH = 880;
    static final int HEIGHT = 330;

    static final String HISTORY = "Purchases";
    static final String MEAN = "Forecast mean";
    static final String BAND_80 = "80 % interval";
    static final String BAND_95 = "95 % interval";
    static final String FIRM = "Firm / 12 per month";
    static final String FIRM_OPTION = "Firm + option / 12";

    private static final Color HISTORY_COLOR = new Color(0x33, 0x33, 0x33);
    private static final Color MEAN_COLOR = new Color(0x0b, 0x2f, 0x63);
    private static final Color BAND_80_COLOR = new Color(0x4a, 0x8b, 0xd0, 0x66);
    private static final Color BAND_95_COLOR = new Color(0x4a, 0x8b, 0xd0, 0x2e);
    private static final Color FIRM_COLOR = new Color(0xd9, 0x5f, 0x02);

    /** ImageIO's PNG compression quality: 0.5, deflate level 4 (0 is level 9). */
    private static final float COMPRESSION = 0.5f;
    /** Colours of the PNG's palette. */
    static final int COLOURS = 16;
    /** Colours always in the palette: the background, the series' and the bands' as drawn on it (80 % over 95 %). */
    private static final int[] RESERVED = {0xffffff, HISTORY_COLOR.getRGB() & 0xffffff, MEAN_COLOR.getRGB() & 0xffffff,
        FIRM_COLOR.getRGB() & 0xffffff, over(BAND_95_COLOR, 0xffffff), over(BAND_80_COLOR, over(BAND_95_COLOR, 0xffffff)),
        0x000000};

    private ContractChart() {
    }

    /**
     * Draws the chart and returns it as {@code data:image/png;base64,...}.
     *
     * @param history  purchases by month (months absent had none: drawn as zero between the first and last month)
     * @param forecast mean, lower 95, lower 80, upper 80, upper 95 by month
     * @param years    contract years (year 0, the whole term, is skipped)
     */
    static String pngDataUri(Map<YearMonth, Double> history, Map<YearMonth, double[]> forecast,
                             List<ContractYear> years) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(chart(history, forecast, years)));
    }

    /** The chart drawn at {@link #WIDTH} x {@link #HEIGHT} as a PNG of {@value #COLOURS} palette colours. */
    static byte[] png(XYChart chart) {
        BufferedImage rgb = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            chart.paint(g, WIDTH, HEIGHT);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(16_384);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            // deflate level 4: 13 % larger than level 9 (the smallest) but 7 times faster on a chart
            param.setCompressionQuality(COMPRESSION);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(indexed(rgb), null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a chart as PNG: " + e.getMessage(), e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /**
     * {@code rgb} with a palette of at most {@value #COLOURS} colours: the reserved ones, then the most frequent
     * others (ties by colour); every other pixel takes the nearest palette colour (RGB distance). Works on runs of one
     * colour (most of a chart is long runs of white) in primitive arrays, and writes the 4-bit pixels straight into
     * the image's bytes: with boxed maps and {@code WritableRaster.setSamples} this was most of the report's time.
     */
    static BufferedImage indexed(BufferedImage rgb) {
        int w = rgb.getWidth();
        int h = rgb.getHeight();
        int[] pixels = rgb.getType() == BufferedImage.TYPE_INT_RGB
                && rgb.getRaster().getDataBuffer() instanceof DataBufferInt ints && ints.getData().length == w * h
                ? ints.getData() : rgb.getRGB(0, 0, w, h, null, 0, w);
        // runs of one colour, row by row (a run does not cross a row's end, so rows can be packed run by run)
        int[] runColour = new int[1024];
        int[] runLength = new int[1024];
        int runs = 0;
        for (int y = 0; y < h; y++) {
            int end = (y + 1) * w;
            for (int i = y * w; i < end;) {
                int c = pixels[i] & 0xffffff;
                int j = i + 1;
                while (j < end && (pixels[j] & 0xffffff) == c) {
                    j++;
                }
                if (runs == runColour.length) {
                    runColour = Arrays.copyOf(runColour, 2 * runs);
                    runLength = Arrays.copyOf(runLength, 2 * runs);
                }
                runColour[runs] = c;
                runLength[runs++] = j - i;
                i = j;
            }
        }
        int[] distinct = Arrays.copyOf(runColour, runs);
        Arrays.sort(distinct);
        int colours = 0;
        for (int i = 0; i < runs; i++) {
            if (colours == 0 || distinct[i] != distinct[colours - 1]) {
                distinct[colours++] = distinct[i];
            }
        }
        distinct = Arrays.copyOf(distinct, colours);
        long[] frequency = new long[colours];
        int[] runDistinct = new int[runs];
        for (int r = 0; r < runs; r++) {
            runDistinct[r] = Arrays.binarySearch(distinct, runColour[r]);
            frequency[runDistinct[r]] += runLength[r];
        }

        int[] paletteOf = new int[colours];
        Arrays.fill(paletteOf, -1);
        int[] palette = new int[COLOURS];
        int size = 0;
        for (int c : RESERVED) {
            palette[size] = c;
            int d = Arrays.binarySearch(distinct, c);
            if (d >= 0) {
                paletteOf[d] = size;
            }
            size++;
        }
        // the most frequent colours first, ties by colour: frequency (at most w * h) above, colour's rank below
        long[] byFrequency = new long[colours];
        for (int d = 0; d < colours; d++) {
            byFrequency[d] = (-frequency[d] << 32) | d;
        }
        Arrays.sort(byFrequency);
        for (int i = 0; i < colours && size < COLOURS; i++) {
            int d = (int) (byFrequency[i] & 0xffffffffL);
            if (paletteOf[d] < 0) {
                palette[size] = distinct[d];
                paletteOf[d] = size++;
            }
        }
        palette = Arrays.copyOf(palette, size);
        for (int d = 0; d < colours; d++) {
            if (paletteOf[d] < 0) {
                paletteOf[d] = nearest(distinct[d], palette);
            }
        }
        byte[] r = new byte[size];
        byte[] g = new byte[size];
        byte[] b = new byte[size];
        for (int i = 0; i < size; i++) {
            r[i] = (byte) (palette[i] >> 16);
            g[i] = (byte) (palette[i] >> 8);
            b[i] = (byte) palette[i];
        }
        IndexColorModel model = new IndexColorModel(4, size, r, g, b);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_BINARY, model);
        WritableRaster raster = image.getRaster();
        MultiPixelPackedSampleModel layout = (MultiPixelPackedSampleModel) raster.getSampleModel();
        byte[] packed = ((DataBufferByte) raster.getDataBuffer()).getData();
        int stride = layout.getScanlineStride();
        int x = 0;
        int y = 0;
        for (int run = 0; run < runs; run++) {
            int index = paletteOf[runDistinct[run]];
            int rowStart = y * stride;
            for (int k = runLength[run]; k > 0; k--, x++) {
                // two pixels a byte, the first in the high nibble
                packed[rowStart + (x >> 1)] |= (byte) ((x & 1) == 0 ? index << 4 : index);
            }
            if (x == w) {
                x = 0;
                y++;
            }
        }
        return image;
    }

    private static int nearest(int colour, int[] palette) {
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int i = 0; i < palette.length; i++) {
            long dr = ((colour >> 16) & 0xff) - ((palette[i] >> 16) & 0xff);
            long dg = ((colour >> 8) & 0xff) - ((palette[i] >> 8) & 0xff);
            long db = (colour & 0xff) - (palette[i] & 0xff);
            long d = dr * dr + dg * dg + db * db;
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }

    /** {@code colour} (with its alpha) drawn over the opaque {@code background}, as RGB. */
    private static int over(Color colour, int background) {
        double a = colour.getAlpha() / 255.0;
        int r = (int) Math.round(colour.getRed() * a + ((background >> 16) & 0xff) * (1 - a));
        int g = (int) Math.round(colour.getGreen() * a + ((background >> 8) & 0xff) * (1 - a));
        int b = (int) Math.round(colour.getBlue() * a + (background & 0xff) * (1 - a));
        return (r << 16) | (g << 8) | b;
    }

    static XYChart chart(Map<YearMonth, Double> history, Map<YearMonth, double[]> forecast,
                         List<ContractYear> years) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).build();
        Styler styler = chart.getStyler();
        chart.getStyler().setDatePattern("yyyy-MM").setTimezone(TimeZone.getTimeZone(ZoneOffset.UTC))
                .setLocale(Locale.ROOT).setYAxisDecimalPattern("#,##0").setPlotGridVerticalLinesVisible(false)
                .setXAxisMaxLabelCount(14);
        styler.setChartTitleVisible(false).setLegendPosition(Styler.LegendPosition.OutsideS)
                .setLegendLayout(Styler.LegendLayout.Horizontal).setChartBackgroundColor(Color.WHITE)
                .setPlotBorderVisible(false).setMarkerSize(0).setAntiAlias(false).setChartPadding(6);
        chart.getStyler().setYAxisMin(0.0);

        if (!forecast.isEmpty()) {
            band(chart, BAND_95, forecast, 1, 4, BAND_95_COLOR);
            band(chart, BAND_80, forecast, 2, 3, BAND_80_COLOR);
        }
        if (!history.isEmpty()) {
            List<Date> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            YearMonth first = history.keySet().iterator().next();
            YearMonth last = first;
            for (YearMonth m : history.keySet()) {
                last = m;
            }
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                x.add(date(m));
                y.add(history.getOrDefault(m, 0.0));
            }
            line(chart, HISTORY, x, y, HISTORY_COLOR, 1.6f, false);
        }
        if (!forecast.isEmpty()) {
            List<Date> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            forecast.forEach((m, v) -> {
                x.add(date(m));
                y.add(v[0]);
            });
            line(chart, MEAN, x, y, MEAN_COLOR, 2f, false);
        }
        List<Date> fx = new ArrayList<>();
        List<Double> firm = new ArrayList<>();
        List<Double> firmOption = new ArrayList<>();
        boolean anyOption = false;
        for (ContractYear year : years) {
            if (year.year() == 0) {
                continue;
            }
            YearMonth from = YearMonth.parse(year.from());
            YearMonth to = YearMonth.parse(year.to());
            long months = from.until(to, java.time.temporal.ChronoUnit.MONTHS) + 1;
            for (YearMonth m = from; !m.isAfter(to.plusMonths(1)); m = m.plusMonths(1)) {
                // a point at the start of the month after the year closes the step
                fx.add(date(m));
                firm.add(year.firm() / months);
                firmOption.add((year.firm() + year.option()) / months);
            }
            anyOption |= year.option() > 0;
        }
        if (!fx.isEmpty()) {
            XYSeries s = line(chart, FIRM, fx, firm, FIRM_COLOR, 2.2f, false);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Step);
            if (anyOption) {
                XYSeries o = line(chart, FIRM_OPTION, fx, firmOption, FIRM_COLOR, 1.4f, true);
                o.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Step);
            }
        }
        if (chart.getSeriesMap().isEmpty()) {
            // XChart cannot draw an empty chart: one invisible point keeps the axes
            XYSeries s = chart.addSeries("no data", List.of(new Date(0)), List.of(0.0));
            s.setLineColor(Color.WHITE);
            s.setMarker(SeriesMarkers.NONE);
            s.setShowInLegend(false);
        }
        return chart;
    }

    private static void band(XYChart chart, String name, Map<YearMonth, double[]> forecast, int lower, int upper,
                             Color color) {
        List<Date> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        forecast.forEach((m, v) -> {
            x.add(date(m));
            y.add(v[upper]);
        });
        List<YearMonth> months = new ArrayList<>(forecast.keySet());
        for (int i = months.size() - 1; i >= 0; i--) {
            x.add(date(months.get(i)));
            y.add(forecast.get(months.get(i))[lower]);
        }
        XYSeries s = chart.addSeries(name, x, y);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
        s.setFillColor(color);
        s.setLineColor(color);
        s.setMarker(SeriesMarkers.NONE);
    }

    private static XYSeries line(XYChart chart, String name, List<Date> x, List<Double> y, Color color, float width,
                                 boolean dashed) {
        XYSeries s = chart.addSeries(name, x, y);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        s.setLineColor(color);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineStyle(dashed ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {6f, 4f}, 0f) : new BasicStroke(width));
        return s;
    }

    private static Date date(YearMonth month) {
        return Date.from(month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    }
}

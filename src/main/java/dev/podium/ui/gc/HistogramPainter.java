package dev.podium.ui.gc;

import dev.podium.timeline.SimDurations;
import dev.podium.ui.common.CanvasFonts;
import dev.podium.ui.common.ViewText;
import dev.podium.world.gc.GcState;
import dev.podium.world.gc.RecentLatencies;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * Draws the latency histogram of the requests completed in the last {@value #SECONDS} seconds before the playhead:
 * latency on a log axis across, the count per bin on a log axis up (so ten slow requests among ten thousand fast ones
 * still show), p50, p99 and p99.9 marked and labelled, and the requests still queued, which have no latency yet but
 * are the outage, counted at the top right. Sums {@value #SECONDS} per-second bin arrays of the state: O(bins) per
 * frame. FX thread only.
 */
final class HistogramPainter {
    static final int SECONDS = 10;
    private static final int[] MARKS = {500_000, 990_000, 999_000};
    private static final String[] MARK_NAMES = {"p50", "p99", "p99.9"};

    private final CanvasFonts fonts;
    private final GcText fit;
    private final TitleRow titleRow;
    private final long[] bins = new long[RecentLatencies.BINS];

    HistogramPainter(CanvasFonts fonts, GcText fit) {
        this.fonts = fonts;
        this.fit = fit;
        this.titleRow = new TitleRow(fonts, fit);
    }

    /** The percentiles drawn in the last frame: p50, p99, p99.9 in nanoseconds (for tests). */
    private final long[] marks = new long[MARKS.length];
    private long total;

    long[] marks() {
        return marks.clone();
    }

    long total() {
        return total;
    }

    void paint(GraphicsContext g, GcLayout layout, GcState s, long nowNanos, GcPalette p, ViewText text) {
        GcLayout.Rect plot = layout.histogramPlot();
        Color[] colours = {p.p50, p.p99, p.p999};
        titleRow.paint(g, layout, GcLayout.Panel.HISTOGRAM, 0, text.get("histogram.title", SECONDS),
                TitleRow.percentiles(p), p);
        total = s.recentLatencies().sum(nowNanos, SECONDS, bins);
        int lo = -1;
        int hi = -1;
        long most = 1;
        for (int b = 0; b < bins.length; b++) {
            if (bins[b] > 0) {
                lo = lo < 0 ? b : lo;
                hi = b;
                most = Math.max(most, bins[b]);
            }
        }
        for (int i = 0; i < MARKS.length; i++) {
            marks[i] = RecentLatencies.percentile(bins, total, MARKS[i]);
        }
        long loNanos = 1_000_000L;
        while (lo >= 0 && loNanos > 1_000 && loNanos > RecentLatencies.lowerBoundOf(lo)) {
            loNanos /= 10;
        }
        LogScale across = LogScale.upTo(hi < 0 ? 1_000_000_000L : RecentLatencies.upperBoundOf(hi), loNanos, 0, 1);
        long countTop = 10;
        while (countTop < most) {
            countTop *= 10;
        }
        LogScale up = LogScale.upTo(countTop, 1, plot.y(), plot.h());
        paintCountAxis(g, plot, up, p);
        paintLatencyAxis(g, plot, across, p);
        g.setFill(p.region(dev.podium.world.gc.RegionKind.EDEN));
        for (int b = Math.max(0, lo); b <= hi; b++) {
            if (bins[b] == 0) {
                continue;
            }
            double x0 = x(plot, across, RecentLatencies.lowerBoundOf(b));
            double x1 = x(plot, across, RecentLatencies.upperBoundOf(b) + 1);
            double top = countY(up, bins[b]);
            g.fillRect(x0, top, Math.max(1.5, x1 - x0 - 0.5), plot.bottom() - top);
        }
        if (total == 0) {
            g.setFont(fonts.bold(17));
            g.setFill(p.textMuted());
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            fit.line(g, text.get("histogram.none", SECONDS), plot.x() + plot.w() / 2, plot.y() + plot.h() / 2,
                    plot.w() - 20);
        } else {
            for (int i = 0; i < MARKS.length; i++) {
                paintMark(g, plot, across, marks[i], MARK_NAMES[i], colours[i], i, p);
            }
        }
        paintQueued(g, plot, s.waiting(), p, text);
    }

    /** Whether the panel's title and legend need two lines on a canvas {@code width} wide. */
    boolean wraps(double width, GcPalette p, ViewText text) {
        return titleRow.wraps(width, text.get("histogram.title", SECONDS), TitleRow.percentiles(p));
    }

    private static double x(GcLayout.Rect plot, LogScale across, long nanos) {
        return plot.x() + plot.w() * (1 - across.y(nanos));
    }

    /** A count's height on the log axis; one request stands a quarter decade up, so a bin of one is seen. */
    private static double countY(LogScale up, long count) {
        double f = (Math.log10(count) + 0.25) / Math.log10(up.hiNanos());
        return up.top() + up.height() * (1 - Math.min(1, f));
    }

    private void paintCountAxis(GraphicsContext g, GcLayout.Rect plot, LogScale up, GcPalette p) {
        g.setLineWidth(1);
        g.setFont(fonts.regular(14));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (long c : up.ticks()) {
            double yy = countY(up, c);
            g.setStroke(p.grid);
            g.strokeLine(plot.x(), yy, plot.right(), yy);
            g.setFill(p.textMuted());
            fit.line(g, Long.toString(c), plot.x() - 8, yy, GcLayout.PLOT_LEFT - GcLayout.PAD - 8);
        }
        g.setStroke(p.textMuted());
        g.strokeLine(plot.x(), plot.bottom(), plot.right(), plot.bottom());
    }

    private void paintLatencyAxis(GraphicsContext g, GcLayout.Rect plot, LogScale across, GcPalette p) {
        g.setFont(fonts.regular(14));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        long[] ticks = across.ticks();
        double room = plot.w() / Math.max(1, ticks.length - 1);
        for (long t : ticks) {
            double xx = x(plot, across, t);
            g.setStroke(p.grid);
            g.strokeLine(xx, plot.y(), xx, plot.bottom() + 5);
            g.setFill(p.textMuted());
            fit.line(g, SimDurations.readable(t), xx, plot.bottom() + 7, room - 4);
        }
    }

    /** A percentile's line across the bars, its label at one of three heights so the three never overlap. */
    private void paintMark(GraphicsContext g, GcLayout.Rect plot, LogScale across, long nanos, String name,
            Color colour, int row, GcPalette p) {
        double xx = x(plot, across, nanos);
        g.setStroke(colour);
        g.setLineWidth(2.5);
        if (row == 2) { // p99.9 dashed, as in the latency panel
            g.setLineDashes(7, 4);
        }
        g.strokeLine(xx, plot.y() + 4, xx, plot.bottom());
        g.setLineDashes((double[]) null);
        String label = name + " " + SimDurations.readable(nanos);
        g.setFont(fonts.bold(15));
        double w = fit.width(label, g.getFont());
        boolean right = xx + 6 + w <= plot.right();
        double yy = plot.y() + 14 + row * 22;
        double room = right ? plot.right() - xx - 6 : xx - 6 - plot.x();
        double left = right ? xx + 4 : xx - 8 - Math.min(w, room);
        g.setFill(p.stageBg().deriveColor(0, 1, 1, 0.88)); // a plate, so the label reads over the bars
        g.fillRoundRect(left, yy - 10, Math.min(w, room) + 4, 20, 6, 6);
        g.setFill(colour);
        g.setTextAlign(right ? TextAlignment.LEFT : TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        fit.line(g, label, right ? xx + 6 : xx - 6, yy, room);
    }

    private void paintQueued(GraphicsContext g, GcLayout.Rect plot, int waiting, GcPalette p, ViewText text) {
        String label = text.get("histogram.queued", waiting);
        double yy = plot.bottom() + GcLayout.AXIS_BELOW + 12;
        g.setFont(fonts.bold(17));
        g.setFill(waiting > 0 ? p.p999 : p.textMuted());
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        fit.line(g, label, plot.right(), yy, plot.w());
    }
}

package dev.podium.ui.gc;

import dev.podium.timeline.SimDurations;
import dev.podium.ui.common.CanvasFonts;
import dev.podium.ui.common.ViewText;
import dev.podium.world.gc.GcPause;
import dev.podium.world.gc.GcState;
import dev.podium.world.gc.LatencySeries;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * Draws the latency panel: p50, p99 and p99.9 of the requests completed in the last second, from the start to the
 * playhead on the shared time axis (a log scale up, each pixel column showing the highest value in it, so no spike
 * hides between pixels), over faint bands that mark every pause at the same x as in the pause timeline. The current
 * values sit at the right end of their lines. O(points + pauses) per frame. FX thread only.
 */
final class LatencyPainter {
    private final CanvasFonts fonts;
    private final GcText fit;
    private final TitleRow titleRow;

    LatencyPainter(CanvasFonts fonts, GcText fit) {
        this.fonts = fonts;
        this.fit = fit;
        this.titleRow = new TitleRow(fonts, fit);
    }

    void paint(GraphicsContext g, GcLayout layout, TimeAxis axis, GcState s, long nowNanos, GcPalette p,
            ViewText text) {
        GcLayout.Rect plot = layout.latencyPlot();
        LatencySeries series = s.latency();
        int last = series.indexAtOrBefore(nowNanos);
        long top = 100_000_000L;
        for (int i = 0; i <= last; i++) {
            top = Math.max(top, series.get(i).p999Nanos());
        }
        LogScale scale = LogScale.upTo(top, 1_000_000L, plot.y(), plot.h());
        paintTitle(g, layout, p, text);
        PauseMarks.Row marks = new PauseMarks.Row();
        for (GcPause pause : s.pauses()) {
            double x0 = axis.x(pause.startNanos());
            double x1 = axis.x(pause.endNanos(nowNanos));
            g.setFill(p.pause(pause.kind()).deriveColor(0, 1, 1, 0.16));
            g.fillRect(x0, plot.y(), Math.max(1.5, x1 - x0), plot.h());
            // along the plot's top edge, the family's mark, as over its bar in the pause timeline
            marks.paint(g, pause.kind(), x0 + Math.max(1.5, x1 - x0) / 2, plot.y() + PauseMarks.RADIUS + 1,
                    p.pause(pause.kind()), p.stageBg());
        }
        Plots.durationAxis(g, fonts, plot, scale, p);
        Plots.timeAxis(g, fonts, plot, axis, p);
        if (last >= 0) {
            int columns = Math.max(1, (int) Math.ceil(axis.x(series.get(last).timeNanos()) - plot.x()));
            line(g, series, last, axis, scale, columns, 0, p.p50, 2.5);
            line(g, series, last, axis, scale, columns, 1, p.p99, 3);
            g.setLineDashes(7, 4); // p99.9 dashed: the three lines differ by more than their colours
            line(g, series, last, axis, scale, columns, 2, p.p999, 2.5);
            g.setLineDashes((double[]) null);
            LatencySeries.Point now = series.get(last);
            values(g, plot, scale, now, p, text);
        }
        Plots.playhead(g, axis, plot, nowNanos, p);
    }

    private void paintTitle(GraphicsContext g, GcLayout layout, GcPalette p, ViewText text) {
        titleRow.paint(g, layout, GcLayout.Panel.LATENCY, layout.latencyTitleY(), text.get("latency.title"),
                TitleRow.percentiles(p), p);
    }

    /** Whether the panel's title and legend need two lines on a canvas {@code width} wide. */
    boolean wraps(double width, GcPalette p, ViewText text) {
        return titleRow.wraps(width, text.get("latency.title"), TitleRow.percentiles(p));
    }

    /** One percentile's line: per pixel column, the highest value among the points in it; gaps where none. */
    private static void line(GraphicsContext g, LatencySeries series, int last, TimeAxis axis, LogScale scale,
            int columns, int which, Color colour, double width) {
        long[] max = new long[columns];
        double left = axis.left();
        for (int i = 0; i <= last; i++) {
            LatencySeries.Point pt = series.get(i);
            int c = (int) Math.min(columns - 1, Math.max(0, axis.x(pt.timeNanos()) - left));
            long v = which == 0 ? pt.p50Nanos() : which == 1 ? pt.p99Nanos() : pt.p999Nanos();
            max[c] = Math.max(max[c], v);
        }
        g.setStroke(colour);
        g.setLineWidth(width);
        g.beginPath();
        boolean drawing = false;
        for (int c = 0; c < columns; c++) {
            if (max[c] == 0) {
                continue; // nothing completed in this column's second: leave the column out, keep the line
            }
            double x = left + c + 0.5;
            double y = scale.y(max[c]);
            if (drawing) {
                g.lineTo(x, y);
            } else {
                g.moveTo(x, y);
                drawing = true;
            }
        }
        g.stroke();
    }

    private void values(GraphicsContext g, GcLayout.Rect plot, LogScale scale, LatencySeries.Point now, GcPalette p,
            ViewText text) {
        if (now.p99Nanos() == 0) {
            return;
        }
        g.setFont(fonts.bold(17));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.BOTTOM);
        String label = text.get("latency.now", SimDurations.readable(now.p99Nanos()));
        // over its line, inside the plot: never down on the time axis's labels
        double y = Math.min(plot.bottom() - 2, Math.max(plot.y() + 24, scale.y(now.p99Nanos()) - 8));
        double w = fonts.width(label, g.getFont());
        g.setFill(p.stageBg().deriveColor(0, 1, 1, 0.85)); // keeps the figure readable over the lines
        g.fillRoundRect(plot.right() - 12 - w, y - 22, w + 12, 24, 6, 6);
        g.setFill(p.p99);
        fit.line(g, label, plot.right() - 6, y, plot.w() - 12);
    }
}

package dev.podium.ui.gc;

import dev.podium.ui.common.CanvasFonts;
import dev.podium.ui.common.ViewText;
import dev.podium.world.gc.Collector;
import dev.podium.world.gc.GcState;
import dev.podium.world.gc.HeapTrend;
import dev.podium.world.gc.MarkPhase;
import dev.podium.world.gc.RegionKind;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/**
 * Draws the heap over time on the axis the pause timeline and the latency panel share: the heap in use as a
 * saw-tooth (it climbs as requests allocate and drops at each collection), a dot for the heap left after each GC,
 * the concurrent phases as shaded bands, and the allocation rate between the last two collections as a number. For
 * G1 the initiating threshold (IHOP) is a dashed line; for Go the heap goal of each cycle is a dashed step, the live
 * heap marking found a solid step, and a band is darker the more CPU mark assists took from the allocating
 * goroutines. The vertical axis is linear from 0 to the heap's maximum (for Go, to the highest goal or use seen).
 * O(points + phases) per frame. FX thread only.
 */
final class HeapTrendPainter {
    private final CanvasFonts fonts;
    private final GcText fit;
    private final TitleRow titleRow;

    HeapTrendPainter(CanvasFonts fonts, GcText fit) {
        this.fonts = fonts;
        this.fit = fit;
        this.titleRow = new TitleRow(fonts, fit);
    }

    void paint(GraphicsContext g, GcLayout layout, TimeAxis axis, GcState s, long nowNanos, GcPalette p,
            ViewText text) {
        GcLayout.Rect plot = layout.trendPlot();
        boolean go = s.collector() == Collector.GO;
        boolean g1 = s.collector() == Collector.G1 && s.ihopPercent() > 0;
        HeapTrend trend = s.heapTrend();
        List<MarkPhase> phases = s.markPhases();
        long top = go ? goTop(s, trend, phases, nowNanos) : Math.max(1, s.heapBytes());
        double titleEnd = paintTitle(g, layout, s, go, g1, p, text);
        paintBands(g, plot, axis, phases, nowNanos, go, p);
        paintAxis(g, plot, top, p);
        if (g1) {
            dashed(g, plot, y(plot, s.ihopBytes(), top), p.goal, 2);
        }
        if (go) {
            paintGoal(g, plot, axis, phases, nowNanos, top, p);
        }
        paintSawTooth(g, plot, axis, trend, s, nowNanos, top, p);
        paintRate(g, layout, titleEnd, trend, s, nowNanos, p, text);
        Plots.playhead(g, axis, plot, nowNanos, p);
    }

    private double paintTitle(GraphicsContext g, GcLayout layout, GcState s, boolean go, boolean g1, GcPalette p,
            ViewText text) {
        return titleRow.paint(g, layout, GcLayout.Panel.TREND, 0, text.get("trend.title"), legend(s, go, g1, p, text),
                p);
    }

    /** Whether the panel's title and legend need two lines on a canvas {@code width} wide. */
    boolean wraps(double width, GcState s, GcPalette p, ViewText text) {
        return titleRow.wraps(width, text.get("trend.title"), legend(s, s.collector() == Collector.GO,
                s.collector() == Collector.G1 && s.ihopPercent() > 0, p, text));
    }

    private static List<TitleRow.Item> legend(GcState s, boolean go, boolean g1, GcPalette p, ViewText text) {
        List<TitleRow.Item> items = new ArrayList<>();
        items.add(new TitleRow.Item(TitleRow.Key.LINE, p.region(RegionKind.EDEN), text.get("trend.used")));
        items.add(new TitleRow.Item(TitleRow.Key.SWATCH, p.region(RegionKind.OLD), text.get("trend.after")));
        if (g1) {
            // adaptive IHOP: the threshold the dashed line is at now, not the flag it started from
            String ihop = s.adaptiveIhop()
                    ? text.get("trend.ihop.adaptive", Math.round(s.ihopBytes() * 100.0 / Math.max(1, s.heapBytes())))
                    : text.get("trend.ihop", s.ihopPercent());
            items.add(new TitleRow.Item(TitleRow.Key.LINE, p.goal, ihop));
        }
        if (go) {
            items.add(new TitleRow.Item(TitleRow.Key.LINE, p.goal, text.get("trend.goal")));
            items.add(new TitleRow.Item(TitleRow.Key.LINE, p.p50, text.get("trend.live")));
        }
        items.add(new TitleRow.Item(TitleRow.Key.BAND, p.marking,
                text.get(go ? "trend.assists" : "trend.marking")));
        return items;
    }

    /** The highest goal or use up to now, with a tenth more room: Go's heap has no fixed maximum. */
    private static long goTop(GcState s, HeapTrend trend, List<MarkPhase> phases, long nowNanos) {
        long top = s.usedBytes();
        for (int i = 0; i < trend.size() && trend.get(i).timeNanos() <= nowNanos; i++) {
            top = Math.max(top, trend.get(i).usedBytes());
        }
        for (MarkPhase m : phases) {
            top = Math.max(top, m.goalBytes());
        }
        return Math.max(1, top + top / 10);
    }

    private static double y(GcLayout.Rect plot, long bytes, long top) {
        return plot.bottom() - plot.h() * Math.max(0, Math.min(1, bytes / (double) top));
    }

    private static void paintBands(GraphicsContext g, GcLayout.Rect plot, TimeAxis axis, List<MarkPhase> phases,
            long nowNanos, boolean go, GcPalette p) {
        for (MarkPhase m : phases) {
            if (m.startNanos() > nowNanos) {
                break;
            }
            double x0 = axis.x(m.startNanos());
            double x1 = axis.x(Math.min(nowNanos, m.endNanos(nowNanos)));
            double alpha = 0.14 + (go ? 0.5 * Math.min(1000, m.assistPerMille()) / 500.0 : 0);
            g.setFill(p.marking.deriveColor(0, 1, 1, Math.min(0.6, alpha)));
            g.fillRect(x0, plot.y(), Math.max(1.5, x1 - x0), plot.h());
        }
    }

    private void paintAxis(GraphicsContext g, GcLayout.Rect plot, long top, GcPalette p) {
        g.setLineWidth(1);
        g.setFont(fonts.regular(14));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (long v : new long[] {0, top / 2, top}) {
            double yy = y(plot, v, top);
            g.setStroke(p.grid);
            g.strokeLine(plot.x(), yy, plot.right(), yy);
            g.setFill(p.textMuted());
            fit.line(g, GcFigures.bytes(v), plot.x() - 8, yy, GcLayout.PLOT_LEFT - GcLayout.PAD - 8);
        }
    }

    private static void dashed(GraphicsContext g, GcLayout.Rect plot, double yy, javafx.scene.paint.Color colour,
            double width) {
        g.setStroke(colour);
        g.setLineWidth(width);
        g.setLineDashes(8, 6);
        g.strokeLine(plot.x(), yy, plot.right(), yy);
        g.setLineDashes((double[]) null);
    }

    /** Each Go cycle's goal (dashed) from the end of the cycle before, and the live heap it found (solid) after it. */
    private static void paintGoal(GraphicsContext g, GcLayout.Rect plot, TimeAxis axis, List<MarkPhase> phases,
            long nowNanos, long top, GcPalette p) {
        long from = 0;
        for (int i = 0; i < phases.size(); i++) {
            MarkPhase m = phases.get(i);
            if (m.startNanos() > nowNanos) {
                break;
            }
            long to = Math.min(nowNanos, m.endNanos(nowNanos));
            if (m.goalBytes() > 0) {
                double yy = y(plot, m.goalBytes(), top);
                g.setStroke(p.goal);
                g.setLineWidth(2);
                g.setLineDashes(6, 4);
                g.strokeLine(axis.x(from), yy, axis.x(to), yy);
                g.setLineDashes((double[]) null);
            }
            if (!m.running() && m.liveBytes() >= 0 && m.endNanos() <= nowNanos) {
                long until = i + 1 < phases.size() && phases.get(i + 1).startNanos() <= nowNanos
                        ? Math.min(nowNanos, phases.get(i + 1).endNanos(nowNanos)) : nowNanos;
                double yy = y(plot, m.liveBytes(), top);
                g.setStroke(p.p50);
                g.setLineWidth(2.5);
                g.strokeLine(axis.x(m.endNanos()), yy, axis.x(until), yy);
            }
            from = to;
        }
    }

    private static void paintSawTooth(GraphicsContext g, GcLayout.Rect plot, TimeAxis axis, HeapTrend trend,
            GcState s, long nowNanos, long top, GcPalette p) {
        g.setStroke(p.region(RegionKind.EDEN));
        g.setLineWidth(2);
        g.beginPath();
        g.moveTo(axis.x(0), y(plot, 0, top));
        int shown = 0;
        for (int i = 0; i < trend.size(); i++) {
            HeapTrend.Point pt = trend.get(i);
            if (pt.timeNanos() > nowNanos) {
                break;
            }
            g.lineTo(axis.x(pt.timeNanos()), y(plot, pt.usedBytes(), top));
            shown = i + 1;
        }
        g.lineTo(axis.x(nowNanos), y(plot, s.usedBytes(), top));
        g.stroke();
        g.setFill(p.region(RegionKind.OLD));
        for (int i = 0; i < shown; i++) {
            HeapTrend.Point pt = trend.get(i);
            if (pt.afterGc()) {
                g.fillOval(axis.x(pt.timeNanos()) - 3, y(plot, pt.usedBytes(), top) - 3, 6, 6);
            }
        }
    }

    /**
     * The allocation rate of the last climb between collections (at least 50 ms long): right of the title when it
     * fits there, else at the top right of the plot.
     */
    private void paintRate(GraphicsContext g, GcLayout layout, double titleEnd, HeapTrend trend, GcState s,
            long nowNanos, GcPalette p, ViewText text) {
        long rate = allocationRate(trend, s.usedBytes(), nowNanos);
        if (rate < 0) {
            return;
        }
        GcLayout.Rect plot = layout.trendPlot();
        String label = text.get("trend.rate", GcFigures.bytes(rate));
        g.setFont(fonts.bold(15));
        double w = fit.width(label, g.getFont());
        double right = layout.width() - GcLayout.PAD;
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        if (right - w >= titleEnd + 24) {
            g.setFill(p.text());
            fit.line(g, label, right, GcLayout.TITLE / 2 + 2, right - titleEnd - 24);
            return;
        }
        g.setFill(p.stageBg().deriveColor(0, 1, 1, 0.85));
        g.fillRoundRect(plot.right() - w - 14, plot.y() + 2, w + 10, 22, 6, 6);
        g.setFill(p.text());
        fit.line(g, label, plot.right() - 8, plot.y() + 13, plot.w() - 16);
    }

    /**
     * Bytes per second allocated since the last collection ended, if that climb lasted 50 ms or more; else over the
     * climb before it; -1 if there is none yet.
     */
    static long allocationRate(HeapTrend trend, long usedNowBytes, long nowNanos) {
        int last = -1;
        for (int i = trend.size() - 1; i >= 0; i--) {
            if (trend.get(i).timeNanos() <= nowNanos) {
                last = i;
                break;
            }
        }
        for (int i = last; i >= 0; i--) {
            HeapTrend.Point from = trend.get(i);
            if (!from.afterGc()) {
                continue;
            }
            long toTime = i == last ? nowNanos : trend.get(i + 1).timeNanos();
            long toUsed = i == last ? usedNowBytes : trend.get(i + 1).usedBytes();
            if (toTime - from.timeNanos() >= 50_000_000L && toUsed >= from.usedBytes()) {
                return (long) ((toUsed - from.usedBytes()) * 1e9 / (toTime - from.timeNanos()));
            }
        }
        return -1;
    }
}

package dev.podium.ui.gc;

import dev.podium.ui.common.CanvasFonts;
import dev.podium.ui.common.ViewText;
import dev.podium.world.gc.Collector;
import dev.podium.world.gc.GcPause;
import dev.podium.world.gc.GcState;
import dev.podium.world.gc.LoggedPause;
import dev.podium.world.gc.PauseKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/**
 * Draws the pause timeline: one bar per stop-the-world pause at its time on the shared axis, as wide as it lasted (at
 * least two pixels) and as tall as its duration on a log scale, coloured by family, with the pause-time goal
 * ({@code MaxGCPauseMillis}) as a dashed line. In a run simulated from a real log, the log's own pauses up to the
 * playhead stand beside them as hollow "ghost" bars on the same axes, with a legend telling them apart. Records each
 * simulated bar for picking. O(pauses) per frame. FX thread only.
 */
final class PausePainter {
    /** A bar as drawn, for the inspector: the pause's index in the state's list, and its rectangle. */
    record Bar(int pause, GcLayout.Rect rect) {
    }

    private static final PauseKind[] LEGEND = {PauseKind.YOUNG, PauseKind.MIXED, PauseKind.REMARK, PauseKind.FULL};
    /** A Go program's: its two stop-the-world phases, and the stall when the heap has no room left. */
    private static final PauseKind[] GO_LEGEND = {PauseKind.GO_MARK_TERMINATION, PauseKind.ALLOCATION_STALL};

    private final CanvasFonts fonts;
    private final GcText fit;
    private final TitleRow titleRow;

    PausePainter(CanvasFonts fonts, GcText fit) {
        this.fonts = fonts;
        this.fit = fit;
        this.titleRow = new TitleRow(fonts, fit);
    }

    void paint(GraphicsContext g, GcLayout layout, TimeAxis axis, GcState s, long nowNanos, GcPalette p,
            ViewText text, List<Bar> bars) {
        GcLayout.Rect plot = layout.pausePlot();
        // ZGC's and Go's pauses last microseconds and they have no pause goal: their axis starts at 10 µs
        boolean micro = s.collector() == Collector.Z || s.collector() == Collector.GO;
        long longest = Math.max(s.maxPauseNanos(), micro ? 0 : s.maxPauseMillis() * 1_000_000L);
        GcPause running = s.currentPause();
        if (running != null) {
            longest = Math.max(longest, nowNanos - running.startNanos());
        }
        List<LoggedPause> originals = s.originalPauses();
        for (LoggedPause o : originals) {
            if (o.timeNanos() - o.durationNanos() <= nowNanos) {
                longest = Math.max(longest, o.durationNanos());
            }
        }
        LogScale scale = LogScale.upTo(longest, micro ? 10_000L : 1_000_000L, plot.y(), plot.h());
        paintTitle(g, layout, p, text, s.collector() == Collector.GO);
        Plots.durationAxis(g, fonts, plot, scale, p);

        // MaxGCPauseMillis is G1's goal; an imported log states no goal at all
        boolean g1 = s.collector() == Collector.G1 && s.maxPauseMillis() > 0;
        double goalY = scale.y(s.maxPauseMillis() * 1_000_000L);
        if (g1) {
            g.setStroke(p.goal);
            g.setLineWidth(2);
            g.setLineDashes(8, 6);
            g.strokeLine(plot.x(), goalY, plot.right(), goalY);
            g.setLineDashes((double[]) null);
        }
        bars.clear();
        List<GcPause> pauses = s.pauses();
        PauseMarks.Row marks = new PauseMarks.Row();
        for (int i = 0; i < pauses.size(); i++) {
            GcPause pause = pauses.get(i);
            long duration = pause.running() ? nowNanos - pause.startNanos() : pause.durationNanos();
            double x0 = axis.x(pause.startNanos());
            double x1 = axis.x(pause.endNanos(nowNanos));
            double top = scale.y(Math.max(duration, 1));
            GcLayout.Rect bar = new GcLayout.Rect(x0, top, Math.max(2.5, x1 - x0), scale.bottom() - top);
            g.setFill(p.pause(pause.kind()));
            g.fillRect(bar.x(), bar.y(), bar.w(), bar.h());
            // the family's mark over the bar, inside the plot: its shape tells what its colour tells
            double markY = Math.max(plot.y() + PauseMarks.RADIUS, top - PauseMarks.RADIUS - 2);
            marks.paint(g, pause.kind(), bar.x() + bar.w() / 2, markY, p.pause(pause.kind()), p.stageBg());
            bars.add(new Bar(i, bar));
        }
        if (!originals.isEmpty()) {
            paintGhosts(g, axis, scale, s, nowNanos, p);
            paintGhostLegend(g, plot, p, text);
        }
        if (!g1) {
            Plots.playhead(g, axis, plot, nowNanos, p);
            return;
        }
        // The goal's label goes over the bars, on a backing, so the bars never hide it; above the line, or under it
        // when the line runs along the plot's top, never up into the title row and its legend.
        String goal = text.get("pauses.goal", s.maxPauseMillis());
        g.setFont(fonts.regular(14));
        double w = fonts.width(goal, g.getFont());
        double bottom = goalLabelBottom(plot, goalY);
        g.setFill(p.stageBg().deriveColor(0, 1, 1, 0.85));
        g.fillRoundRect(plot.right() - w - 10, bottom - 17, w + 8, 18, 6, 6);
        g.setFill(p.goal);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.BOTTOM);
        fit.line(g, goal, plot.right() - 6, bottom, plot.w() - 12);
        Plots.playhead(g, axis, plot, nowNanos, p);
    }

    /** The baseline of the goal's label: 3 px above the goal line, or under it when above is out of the plot. */
    static double goalLabelBottom(GcLayout.Rect plot, double goalY) {
        return goalY - 20 >= plot.y() ? goalY - 3 : Math.min(plot.bottom() - 1, goalY + 20);
    }

    private void paintTitle(GraphicsContext g, GcLayout layout, GcPalette p, ViewText text, boolean go) {
        titleRow.paint(g, layout, GcLayout.Panel.PAUSES, layout.pauseTitleY(), text.get("pauses.title"),
                legend(go, p, text), p);
    }

    /** Whether the panel's title and legend need two lines on a canvas {@code width} wide. */
    boolean wraps(double width, GcState s, GcPalette p, ViewText text) {
        return titleRow.wraps(width, text.get("pauses.title"), legend(s.collector() == Collector.GO, p, text));
    }

    /** Each pause family's swatch, carrying its mark, and its name (Go's pauses as Go names them). */
    private static List<TitleRow.Item> legend(boolean go, GcPalette p, ViewText text) {
        List<TitleRow.Item> items = new ArrayList<>();
        for (PauseKind kind : go ? GO_LEGEND : LEGEND) {
            String key = go && kind != PauseKind.ALLOCATION_STALL ? "pauses.go"
                    : "pauses.family." + kind.family().name().toLowerCase(Locale.ROOT);
            items.add(new TitleRow.Item(TitleRow.Key.SWATCH, p.pause(kind), text.get(key), PauseMarks.of(kind)));
        }
        return items;
    }

    /** The log's pauses that began by now, as outlines: what really happened, beside what the model predicts. */
    private static void paintGhosts(GraphicsContext g, TimeAxis axis, LogScale scale, GcState s, long nowNanos,
            GcPalette p) {
        List<LoggedPause> originals = s.originalPauses();
        g.setLineWidth(1.5);
        for (int i = 0; i < originals.size(); i++) {
            LoggedPause o = originals.get(i);
            long start = o.timeNanos() - o.durationNanos();
            if (start > nowNanos) {
                break;
            }
            double x0 = axis.x(start);
            double x1 = axis.x(Math.min(nowNanos, o.timeNanos()));
            long shown = Math.min(o.durationNanos(), nowNanos - start);
            double top = scale.y(Math.max(shown, 1));
            g.setStroke(p.pause(s.originalPauseKind(i)));
            g.strokeRect(x0 - 1, top, Math.max(4, x1 - x0 + 2), scale.bottom() - top);
        }
    }

    /** "log (original)" and "simulated", on a backing at the plot's top left. */
    private void paintGhostLegend(GraphicsContext g, GcLayout.Rect plot, GcPalette p, ViewText text) {
        String logged = text.get("pauses.original");
        String simulated = text.get("pauses.simulated");
        g.setFont(fonts.regular(14));
        double w = 22 + fit.width(logged, g.getFont()) + 16 + 22 + fit.width(simulated, g.getFont()) + 8;
        double x = plot.x() + 6;
        double y = plot.y() + 2;
        g.setFill(p.stageBg().deriveColor(0, 1, 1, 0.85));
        g.fillRoundRect(x, y, w, 20, 6, 6);
        g.setStroke(p.text());
        g.setLineWidth(1.5);
        g.strokeRect(x + 4, y + 4, 12, 12);
        g.setFill(p.text());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        fit.line(g, logged, x + 22, y + 10, plot.right() - x - 22);
        double x2 = x + 22 + fit.width(logged, g.getFont()) + 16;
        g.fillRect(x2 + 4, y + 4, 12, 12);
        fit.line(g, simulated, x2 + 22, y + 10, Math.max(0, plot.right() - x2 - 22));
    }
}

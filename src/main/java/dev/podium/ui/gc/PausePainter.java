package dev.podium.ui.gc;

import dev.podium.ui.common.CanvasFonts;
import dev.podium.ui.common.ViewText;
import dev.podium.world.gc.Collector;
import dev.podium.world.gc.GcPause;
import dev.podium.world.gc.GcState;
import dev.podium.world.gc.PauseKind;
import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/**
 * Draws the pause timeline: one bar per stop-the-world pause at its time on the shared axis, as wide as it lasted (at
 * least two pixels) and as tall as its duration on a log scale, coloured by family, with the pause-time goal
 * ({@code MaxGCPauseMillis}) as a dashed line. Records each bar for picking. O(pauses) per frame. FX thread only.
 */
final class PausePainter {
    /** A bar as drawn, for the inspector: the pause's index in the state's list, and its rectangle. */
    record Bar(int pause, GcLayout.Rect rect) {
    }

    private static final PauseKind[] LEGEND = {PauseKind.YOUNG, PauseKind.MIXED, PauseKind.REMARK, PauseKind.FULL};

    private final CanvasFonts fonts;

    PausePainter(CanvasFonts fonts) {
        this.fonts = fonts;
    }

    void paint(GraphicsContext g, GcLayout layout, TimeAxis axis, GcState s, long nowNanos, GcPalette p,
            ViewText text, List<Bar> bars) {
        GcLayout.Rect plot = layout.pausePlot();
        long longest = Math.max(s.maxPauseNanos(), s.maxPauseMillis() * 1_000_000L);
        GcPause running = s.currentPause();
        if (running != null) {
            longest = Math.max(longest, nowNanos - running.startNanos());
        }
        LogScale scale = LogScale.upTo(longest, 1_000_000L, plot.y(), plot.h());
        paintTitle(g, layout, p, text);
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
        for (int i = 0; i < pauses.size(); i++) {
            GcPause pause = pauses.get(i);
            long duration = pause.running() ? nowNanos - pause.startNanos() : pause.durationNanos();
            double x0 = axis.x(pause.startNanos());
            double x1 = axis.x(pause.endNanos(nowNanos));
            double top = scale.y(Math.max(duration, 1));
            GcLayout.Rect bar = new GcLayout.Rect(x0, top, Math.max(2.5, x1 - x0), scale.bottom() - top);
            g.setFill(p.pause(pause.kind()));
            g.fillRect(bar.x(), bar.y(), bar.w(), bar.h());
            bars.add(new Bar(i, bar));
        }
        if (!g1) {
            Plots.playhead(g, axis, plot, nowNanos, p);
            return;
        }
        // The goal's label goes over the bars, on a backing, so the bars never hide it.
        String goal = text.get("pauses.goal", s.maxPauseMillis());
        g.setFont(fonts.regular(14));
        double w = fonts.width(goal, g.getFont());
        g.setFill(p.stageBg().deriveColor(0, 1, 1, 0.85));
        g.fillRoundRect(plot.right() - w - 10, goalY - 20, w + 8, 18, 6, 6);
        g.setFill(p.goal);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(goal, plot.right() - 6, goalY - 3);
        Plots.playhead(g, axis, plot, nowNanos, p);
    }

    private void paintTitle(GraphicsContext g, GcLayout layout, GcPalette p, ViewText text) {
        double y = layout.pauseTitleY() + GcLayout.TITLE / 2 + 2;
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(p.text());
        g.setFont(fonts.bold(17));
        String title = text.get("pauses.title");
        g.fillText(title, GcLayout.PAD, y);
        double x = GcLayout.PAD + fonts.width(title, g.getFont()) + 28;
        g.setFont(fonts.regular(15));
        for (PauseKind kind : LEGEND) {
            String name = text.get("pauses.family." + kind.family().name().toLowerCase(Locale.ROOT));
            g.setFill(p.pause(kind));
            g.fillRect(x, y - 7, 14, 14);
            g.setFill(p.textMuted());
            g.fillText(name, x + 20, y);
            x += 20 + fonts.width(name, g.getFont()) + 22;
        }
    }
}

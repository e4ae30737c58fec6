package dev.podium.ui.gc;

import dev.podium.timeline.SimDurations;
import dev.podium.ui.common.CanvasFonts;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/** What the pause and latency panels draw alike: a duration axis, a time axis, the playhead. FX thread only. */
final class Plots {
    private Plots() {
    }

    /** Grid lines and labels at each decade of {@code scale}, left of {@code plot}. */
    static void durationAxis(GraphicsContext g, CanvasFonts fonts, GcLayout.Rect plot, LogScale scale, GcPalette p) {
        g.setLineWidth(1);
        g.setFont(fonts.regular(14));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        long[] ticks = scale.ticks();
        // Labels 18 px apart at least: on a short plot every other decade (or fewer) is labelled, never overprinted.
        double apart = ticks.length > 1 ? Math.abs(scale.y(ticks[0]) - scale.y(ticks[1])) : plot.h();
        int every = Math.max(1, (int) Math.ceil(18 / Math.max(1, apart)));
        for (int i = 0; i < ticks.length; i++) {
            double y = scale.y(ticks[i]);
            g.setStroke(p.grid);
            g.strokeLine(plot.x(), y, plot.right(), y);
            if ((ticks.length - 1 - i) % every == 0) {
                g.setFill(p.textMuted());
                g.fillText(SimDurations.readable(ticks[i]), plot.x() - 8, y);
            }
        }
        g.setStroke(p.textMuted());
        g.strokeLine(plot.x(), plot.bottom(), plot.right(), plot.bottom());
    }

    /** Ticks and labels of the time axis under {@code plot}. */
    static void timeAxis(GraphicsContext g, CanvasFonts fonts, GcLayout.Rect plot, TimeAxis axis, GcPalette p) {
        g.setFont(fonts.regular(14));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.setLineWidth(1);
        for (long t = 0; t <= axis.xMaxNanos(); t += axis.stepNanos()) {
            double x = axis.x(t);
            g.setStroke(p.grid);
            g.strokeLine(x, plot.bottom(), x, plot.bottom() + 5);
            g.setFill(p.textMuted());
            g.fillText(SimDurations.axisLabel(t, axis.stepNanos()), x, plot.bottom() + 7);
        }
    }

    static void playhead(GraphicsContext g, TimeAxis axis, GcLayout.Rect plot, long nowNanos, GcPalette p) {
        double x = axis.x(nowNanos);
        g.setStroke(p.text());
        g.setLineWidth(1.5);
        g.strokeLine(x, plot.y() - 4, x, plot.bottom());
    }
}

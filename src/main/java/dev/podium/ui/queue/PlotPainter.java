package dev.podium.ui.queue;

import dev.podium.timeline.SimDurations;
import dev.podium.ui.common.CanvasFonts;
import dev.podium.ui.common.ViewText;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/**
 * Draws the live plot under the stage: queue length from time 0 to the playhead as a filled step
 * line (one value per pixel column, the column's maximum), the mean wait so far as a dashed line on
 * its own axis at the right, and a marker at the playhead. O(plot width) per frame. FX thread only.
 */
final class PlotPainter {
    private static final double LEFT = 58;
    private static final double RIGHT = 70;
    private static final double TOP = 34;
    private static final double BOTTOM = 30;

    private final CanvasFonts fonts = new CanvasFonts();

    /**
     * Draws the plot at {@code nowNanos}. The time axis runs from 0 to a round time at or after the
     * playhead (at least {@code minSpanNanos}), so the marker walks right and the axis rescales in steps.
     */
    void paint(GraphicsContext g, double width, double height, QueueLengthSeries series, long nowNanos,
            long minSpanNanos, QueuePalette p, ViewText text) {
        g.setFill(p.stageBg());
        g.fillRect(0, 0, width, height);
        double plotW = width - LEFT - RIGHT;
        double plotH = height - TOP - BOTTOM;
        if (plotW < 40 || plotH < 30) {
            return;
        }
        long now = Math.max(0, nowNanos);
        long span = Math.max(Math.max(1, minSpanNanos), now);
        int maxTicks = Math.max(2, (int) (plotW / 110));
        long step = SimDurations.axisStep(span, maxTicks);
        long xMax = ((span + step - 1) / step) * step;

        int columns = (int) Math.ceil(plotW * now / (double) xMax);
        int[] lengths = series.maxPerColumn(0, now, Math.max(1, columns));
        long[] waits = new long[lengths.length];
        int top = 1;
        long topWait = 0;
        for (int c = 0; c < lengths.length; c++) {
            top = Math.max(top, lengths[c]);
            waits[c] = series.meanWaitAt((long) ((c + 1) * (double) now / lengths.length));
            topWait = Math.max(topWait, waits[c]);
        }
        int yStep = niceCountStep(top, Math.max(2, (int) (plotH / 40)));
        int yMax = ((top + yStep - 1) / yStep) * yStep;
        topWait = waitAxisRange(topWait, step);
        long waitStep = SimDurations.axisStep(topWait, Math.max(2, (int) (plotH / 40)));
        long waitMax = ((topWait + waitStep - 1) / waitStep) * waitStep;

        paintAxes(g, plotW, plotH, xMax, step, yMax, yStep, waitMax, waitStep, p);
        paintLegend(g, width, p, text);
        if (columns <= 0) {
            return;
        }
        double colW = plotW * now / (double) xMax / lengths.length;
        paintLength(g, lengths, colW, plotH, yMax, p);
        paintWait(g, waits, colW, plotH, waitMax, p);

        double px = LEFT + plotW * now / (double) xMax;
        g.setStroke(p.text());
        g.setLineWidth(1.5);
        g.strokeLine(px, TOP - 4, px, TOP + plotH);
        int current = series.lengthAt(now);
        double cy = TOP + plotH - plotH * current / yMax;
        g.setFill(p.plotLine);
        g.fillOval(px - 5, cy - 5, 10, 10);
        g.setFont(fonts.bold(18));
        boolean nearTop = cy < TOP + 24; // keep the value clear of the legend above the plot
        g.setTextBaseline(nearTop ? VPos.TOP : VPos.BOTTOM);
        g.setTextAlign(px > LEFT + plotW - 40 ? TextAlignment.RIGHT : TextAlignment.LEFT);
        g.fillText(Integer.toString(current), px + (px > LEFT + plotW - 40 ? -8 : 8), nearTop ? cy + 4 : cy - 4);
    }

    /**
     * The range of the mean-wait axis: the longest mean wait drawn, or, before anyone has waited, the time axis's
     * step, so the axis reads in the run's own unit ("0 s … 10 s") rather than "0 ns, 1 ns".
     */
    static long waitAxisRange(long longestWaitNanos, long timeStepNanos) {
        return longestWaitNanos > 0 ? longestWaitNanos : Math.max(1, timeStepNanos);
    }

    private void paintAxes(GraphicsContext g, double plotW, double plotH, long xMax, long step, int yMax, int yStep,
            long waitMax, long waitStep, QueuePalette p) {
        g.setLineWidth(1);
        g.setFont(fonts.regular(14));
        g.setFill(p.textMuted());
        g.setTextBaseline(VPos.CENTER);
        for (int v = 0; v <= yMax; v += yStep) {
            double y = TOP + plotH - plotH * v / yMax;
            g.setStroke(p.plotGrid);
            g.strokeLine(LEFT, y, LEFT + plotW, y);
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(Integer.toString(v), LEFT - 8, y);
        }
        g.setTextAlign(TextAlignment.LEFT);
        for (long w = 0; w <= waitMax; w += waitStep) {
            double y = TOP + plotH - plotH * w / (double) waitMax;
            g.fillText(SimDurations.axisLabel(w, waitStep), LEFT + plotW + 8, y);
        }
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        for (long t = 0; t <= xMax; t += step) {
            double x = LEFT + plotW * t / (double) xMax;
            g.setStroke(p.plotGrid);
            g.strokeLine(x, TOP + plotH, x, TOP + plotH + 5);
            g.fillText(SimDurations.axisLabel(t, step), x, TOP + plotH + 8);
        }
        g.setStroke(p.textMuted());
        g.strokeLine(LEFT, TOP + plotH, LEFT + plotW, TOP + plotH);
    }

    private void paintLegend(GraphicsContext g, double width, QueuePalette p, ViewText text) {
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFont(fonts.bold(17));
        g.setFill(p.text());
        g.fillText(text.get("plot.title"), LEFT, TOP / 2);
        double titleRight = LEFT + fonts.width(text.get("plot.title"), g.getFont());
        g.setFont(fonts.regular(15));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setFill(p.textMuted());
        double legendWidth = fonts.width(text.get("plot.meanWait"), g.getFont()) + 40;
        // Beside the title when there is room, else just inside the plot's top edge.
        double y = titleRight + 24 + legendWidth <= width - RIGHT - 8 ? TOP / 2 : TOP + 12;
        g.fillText(text.get("plot.meanWait"), width - RIGHT - 8, y);
        double x = width - RIGHT - 8 - legendWidth;
        g.setStroke(p.serving);
        g.setLineWidth(2.5);
        g.setLineDashes(8, 5);
        g.strokeLine(x, y, x + 30, y);
        g.setLineDashes((double[]) null);
    }

    private static void paintLength(GraphicsContext g, int[] lengths, double colW, double plotH, int yMax,
            QueuePalette p) {
        double base = TOP + plotH;
        g.beginPath();
        g.moveTo(LEFT, base);
        for (int c = 0; c < lengths.length; c++) {
            double y = base - plotH * lengths[c] / yMax;
            g.lineTo(LEFT + c * colW, y);
            g.lineTo(LEFT + (c + 1) * colW, y);
        }
        g.lineTo(LEFT + lengths.length * colW, base);
        g.closePath();
        g.setFill(p.plotFill);
        g.fill();

        g.beginPath();
        g.moveTo(LEFT, base - plotH * lengths[0] / yMax);
        for (int c = 0; c < lengths.length; c++) {
            double y = base - plotH * lengths[c] / yMax;
            g.lineTo(LEFT + c * colW, y);
            g.lineTo(LEFT + (c + 1) * colW, y);
        }
        g.setStroke(p.plotLine);
        g.setLineWidth(2.5);
        g.stroke();
    }

    private static void paintWait(GraphicsContext g, long[] waits, double colW, double plotH, long waitMax,
            QueuePalette p) {
        double base = TOP + plotH;
        g.beginPath();
        for (int c = 0; c < waits.length; c++) {
            double x = LEFT + (c + 1) * colW;
            double y = base - plotH * waits[c] / (double) waitMax;
            if (c == 0) {
                g.moveTo(LEFT, y);
            }
            g.lineTo(x, y);
        }
        g.setStroke(p.serving);
        g.setLineWidth(2.5);
        g.setLineDashes(8, 5);
        g.stroke();
        g.setLineDashes((double[]) null);
    }

    /** A 1-2-5 step for counts up to {@code top} with at most {@code maxTicks} ticks. */
    static int niceCountStep(int top, int maxTicks) {
        int wanted = Math.max(1, (int) Math.ceil(top / (double) maxTicks));
        for (int decade = 1; ; decade *= 10) {
            for (int m : new int[] {1, 2, 5}) {
                if (m * decade >= wanted) {
                    return m * decade;
                }
            }
        }
    }
}

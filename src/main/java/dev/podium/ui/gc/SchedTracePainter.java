package dev.podium.ui.gc;

import dev.podium.timeline.SimDurations;
import dev.podium.ui.common.CanvasFonts;
import dev.podium.ui.common.ViewText;
import dev.podium.world.gc.PauseKind;
import dev.podium.world.gc.RegionKind;
import dev.podium.world.gc.SchedTraced;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/**
 * An imported Go scheduler trace on the GC stage: the run queues at the playhead as bars (the global queue, then each
 * P's own), the threads and idle Ps in words, and below them the global queue and the thread count over the samples
 * so far. Bars share one scale, the longest queue of the whole trace so far (at least {@link #MIN_SCALE}). FX thread.
 */
final class SchedTracePainter {
    static final int MIN_SCALE = 4;
    private static final double PAD = 16;

    private final CanvasFonts fonts;

    SchedTracePainter(CanvasFonts fonts) {
        this.fonts = fonts;
    }

    /** The longest queue, global or local, among {@code samples}. */
    static int longestQueue(List<SchedTraced> samples) {
        int most = MIN_SCALE;
        for (SchedTraced t : samples) {
            most = Math.max(most, t.globalRunQueue());
            for (int q : t.localRunQueues()) {
                most = Math.max(most, q);
            }
        }
        return most;
    }

    void paint(GraphicsContext g, double w, double h, List<SchedTraced> samples, GcPalette palette, ViewText text) {
        if (samples.isEmpty() || w <= 0 || h <= 0) {
            return;
        }
        SchedTraced now = samples.get(samples.size() - 1);
        int scale = longestQueue(samples);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(palette.text());
        g.setFont(fonts.bold(17));
        g.fillText(text.get("sched.title", SimDurations.readable(now.timeNanos())), PAD, PAD);
        g.setFont(fonts.regular(15));
        g.fillText(text.get("sched.threads", now.threads(), now.idleThreads(), now.spinningThreads(),
                now.idleProcs(), now.gomaxprocs()), PAD, PAD + 26);
        double barsTop = PAD + 60;
        double barsH = Math.max(80, h * 0.45 - barsTop);
        int n = 1 + now.localRunQueues().size();
        double slot = Math.min(120, (w - 2 * PAD) / n);
        for (int i = 0; i < n; i++) {
            int q = i == 0 ? now.globalRunQueue() : now.localRunQueues().get(i - 1);
            String label = i == 0 ? text.get("sched.global") : "P" + (i - 1);
            double x = PAD + i * slot;
            double full = barsH - 44;
            double bh = full * q / scale;
            g.setStroke(palette.grid);
            g.strokeRect(x + 8, barsTop + 20, slot - 16, full);
            g.setFill(i == 0 ? palette.pause(PauseKind.FULL) : palette.region(RegionKind.EDEN));
            g.fillRect(x + 8, barsTop + 20 + full - bh, slot - 16, bh);
            g.setFill(palette.text());
            g.setTextAlign(TextAlignment.CENTER);
            g.setFont(fonts.bold(16));
            g.fillText(Integer.toString(q), x + slot / 2, barsTop);
            g.setFont(fonts.regular(15));
            g.fillText(label, x + slot / 2, barsTop + 24 + full);
            g.setTextAlign(TextAlignment.LEFT);
        }
        plot(g, PAD, barsTop + barsH + 12, w - 2 * PAD, h - (barsTop + barsH + 12) - PAD, samples, palette, text);
    }

    /** The global queue and the threads over the samples so far, on one count axis. */
    private void plot(GraphicsContext g, double x, double y, double w, double h, List<SchedTraced> samples,
            GcPalette palette, ViewText text) {
        if (h < 60 || w < 60) {
            return;
        }
        g.setFont(fonts.bold(15));
        g.setFill(palette.text());
        g.fillText(text.get("sched.overTime"), x, y);
        g.setFont(fonts.regular(14));
        g.setFill(palette.p99);
        g.fillText("\u2014 " + text.get("sched.global"), x + 8, y + 22);
        g.setFill(palette.p50);
        g.fillText("\u2014 " + text.get("sched.threadsLine"), x + 160, y + 22);
        double top = y + 46;
        double ph = h - 46;
        long end = Math.max(1, samples.get(samples.size() - 1).timeNanos());
        int most = MIN_SCALE;
        for (SchedTraced t : samples) {
            most = Math.max(most, Math.max(t.threads(), t.globalRunQueue()));
        }
        g.setStroke(palette.grid);
        g.strokeRect(x, top, w, ph);
        g.setFill(palette.text());
        g.fillText(Integer.toString(most), x + 4, top + 2);
        g.setLineWidth(2.5);
        for (int line = 0; line < 2; line++) {
            g.setStroke(line == 0 ? palette.p99 : palette.p50);
            g.beginPath();
            for (int i = 0; i < samples.size(); i++) {
                SchedTraced t = samples.get(i);
                double px = x + w * t.timeNanos() / end;
                double py = top + ph - ph * (line == 0 ? t.globalRunQueue() : t.threads()) / most;
                if (i == 0) {
                    g.moveTo(px, py);
                } else {
                    g.lineTo(px, py);
                }
            }
            g.stroke();
        }
        g.setLineWidth(1);
    }
}

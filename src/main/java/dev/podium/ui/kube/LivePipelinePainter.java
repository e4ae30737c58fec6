package dev.podium.ui.kube;

import dev.podium.timeline.SimDurations;
import dev.podium.ui.common.CanvasFonts;
import dev.podium.ui.common.ViewText;
import dev.podium.world.kube.state.PipelineSample;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Draws the reconcile tab of a live timeline: on the left our informers as a table and the event queue with its
 * handler times and a sparkline of the last samples; on the right the dry run, in a dashed panel that says it never
 * writes. Big type for a projector; colours from {@link KubePalette}. FX thread only.
 */
final class LivePipelinePainter {
    private static final double M = 16;
    private static final double ROW = 34;
    /** Column starts as shares of the informer table's width. */
    private static final double[] COLS = {0, 0.33, 0.55, 0.66, 0.76, 0.86, 1.0};
    private static final String[] HEADS = {"live.col.informer", "live.col.state", "live.col.objects",
        "live.col.lists", "live.col.samples", "live.col.last"};

    private final CanvasFonts fonts;

    LivePipelinePainter(CanvasFonts fonts) {
        this.fonts = fonts;
    }

    void paint(GraphicsContext g, double w, double h, LivePipelineModel m, KubePalette p, ViewText t) {
        g.setFill(p.stageBg());
        g.fillRect(0, 0, w, h);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.setFill(p.text());
        g.setFont(fonts.bold(28));
        g.fillText(t.get("live.title"), M, 12, w - 2 * M);
        g.setFill(p.textMuted());
        g.setFont(fonts.regular(16));
        g.fillText(t.get("live.subtitle"), M, 48, w - 2 * M);
        double top = 84;
        double leftW = (w - 3 * M) * 0.56;
        double rightX = 2 * M + leftW;
        double tableH = 48 + ROW * Math.max(1, m.informers.size()) + 8;
        informers(g, M, top, leftW, tableH, m, p, t);
        queue(g, M, top + tableH + M, leftW, Math.max(150, h - top - tableH - 2 * M), m.samples, p, t);
        dryRun(g, rightX, top, w - rightX - M, h - top - M, m, p, t);
    }

    private void informers(GraphicsContext g, double x, double y, double w, double h, LivePipelineModel m,
            KubePalette p, ViewText t) {
        panel(g, x, y, w, h, p, false);
        double tw = w - 20;
        g.setFont(fonts.bold(15));
        g.setFill(p.textMuted());
        for (int c = 0; c < HEADS.length; c++) {
            g.fillText(t.get(HEADS[c]), x + 10 + COLS[c] * tw, y + 12, (COLS[c + 1] - COLS[c]) * tw - 8);
        }
        double ry = y + 44;
        for (LivePipelineModel.InformerRow r : m.informers) {
            g.setTextBaseline(VPos.CENTER);
            double cy = ry + ROW / 2;
            g.setFill(p.text());
            g.setFont(fonts.bold(17));
            String shown = r.name().startsWith(LivePipelineModel.LIVE_PREFIX)
                    ? r.name().substring(LivePipelineModel.LIVE_PREFIX.length()) : r.name();
            g.fillText(shown, x + 10, cy, COLS[1] * tw - 8);
            Color state = "live.state.watching".equals(r.stateKey()) ? p.busy
                    : "live.state.relisting".equals(r.stateKey()) ? p.relist : p.dedup;
            g.setFill(state);
            g.fillOval(x + 10 + COLS[1] * tw, cy - 6, 12, 12);
            g.setFont(fonts.regular(17));
            g.fillText(t.get(r.stateKey()), x + 28 + COLS[1] * tw, cy, (COLS[2] - COLS[1]) * tw - 26);
            g.setFill(p.text());
            cell(g, Integer.toString(r.objects()), x + 10 + COLS[2] * tw, cy, (COLS[3] - COLS[2]) * tw);
            cell(g, r.lists() + (r.relists() > 0 ? " (" + t.get("live.relists", r.relists()) + ")" : ""),
                    x + 10 + COLS[3] * tw, cy, (COLS[4] - COLS[3]) * tw);
            cell(g, Long.toString(r.samples()), x + 10 + COLS[4] * tw, cy, (COLS[5] - COLS[4]) * tw);
            cell(g, r.lastEvent(), x + 10 + COLS[5] * tw, cy, (COLS[6] - COLS[5]) * tw);
            ry += ROW;
        }
        g.setTextBaseline(VPos.TOP);
    }

    private void cell(GraphicsContext g, String s, double x, double cy, double w) {
        g.fillText(s, x, cy, w - 8);
    }

    private void queue(GraphicsContext g, double x, double y, double w, double h, List<PipelineSample> samples,
            KubePalette p, ViewText t) {
        panel(g, x, y, w, h, p, false);
        g.setTextBaseline(VPos.TOP);
        g.setFill(p.text());
        g.setFont(fonts.bold(18));
        g.fillText(t.get("live.queue.title"), x + 10, y + 10, w - 20);
        if (samples.isEmpty()) {
            g.setFill(p.textMuted());
            g.setFont(fonts.regular(16));
            g.fillText(t.get("live.queue.none"), x + 10, y + 44, w - 20);
            return;
        }
        PipelineSample last = samples.get(samples.size() - 1);
        g.setFont(fonts.bold(22));
        g.setFill(last.backlog() > 0 ? p.dedup : p.text());
        g.fillText(t.get("live.queue.depth", last.backlog()), x + 10, y + 40, w * 0.45);
        g.setFill(last.handled() > 0 ? p.text() : p.textMuted());
        g.setFont(last.handled() > 0 ? fonts.bold(22) : fonts.regular(16));
        g.fillText(last.handled() > 0 ? t.get("live.queue.handlers", SimDurations.readout(last.handlerP50Nanos()),
                SimDurations.readout(last.handlerMaxNanos())) : t.get("live.queue.idle"), x + w * 0.45,
                y + (last.handled() > 0 ? 40 : 44), w * 0.55 - 10);
        g.setFill(p.textMuted());
        g.setFont(fonts.regular(15));
        g.fillText(t.get("live.queue.counts", last.handled(), last.published(), last.droppedSamples()), x + 10,
                y + 74, w - 20);
        double sy = y + 102;
        double sh = Math.max(30, h - (sy - y) - 30);
        spark(g, x + 10, sy, w / 2 - 20, sh, samples, true, p.key, p);
        spark(g, x + w / 2 + 10, sy, w / 2 - 20, sh, samples, false, p.write, p);
        g.setFill(p.textMuted());
        g.setFont(fonts.regular(13));
        g.fillText(t.get("live.spark.backlog", samples.size()), x + 10, sy + sh + 4, w / 2 - 20);
        g.fillText(t.get("live.spark.handler", samples.size()), x + w / 2 + 10, sy + sh + 4, w / 2 - 20);
    }

    /** Bars of the backlog or of the longest handler time per sample, scaled to the largest shown. */
    private void spark(GraphicsContext g, double x, double y, double w, double h, List<PipelineSample> samples,
            boolean backlog, Color c, KubePalette p) {
        g.setFill(p.track);
        g.fillRoundRect(x, y, w, h, 8, 8);
        long max = 1;
        for (PipelineSample s : samples) {
            max = Math.max(max, backlog ? s.backlog() : s.handlerMaxNanos());
        }
        // one bar per sample, newest on the right; at most 24 px wide so a few samples do not look like many
        double bw = Math.min(24, (w - 4) / samples.size());
        double x0 = x + w - 2 - bw * samples.size();
        g.setFill(c);
        for (int i = 0; i < samples.size(); i++) {
            long v = backlog ? samples.get(i).backlog() : samples.get(i).handlerMaxNanos();
            double bh = (h - 4) * v / max;
            g.fillRect(x0 + i * bw + 1, y + h - 2 - bh, Math.max(1, bw - 2), bh);
        }
    }

    private void dryRun(GraphicsContext g, double x, double y, double w, double h, LivePipelineModel m,
            KubePalette p, ViewText t) {
        panel(g, x, y, w, h, p, true);
        g.setTextBaseline(VPos.TOP);
        g.setFill(p.text());
        g.setFont(fonts.bold(20));
        g.fillText(t.get("dry.title"), x + 12, y + 10, w - 24);
        g.setFill(p.write);
        g.setFont(fonts.bold(15));
        g.fillText(t.get("dry.never"), x + 12, y + 40, w - 24);
        double ly = y + 72;
        double bottom = y + h - 80;
        if (m.dryRun.isEmpty()) {
            g.setFill(p.textMuted());
            g.setFont(fonts.regular(16));
            g.fillText(t.get("dry.empty"), x + 12, ly, w - 24);
        }
        for (LivePipelineModel.DryRunLine l : m.dryRun) {
            if (ly + 50 > bottom) {
                break;
            }
            double lx = x + 12 + l.indent() * 22;
            Font nameFont = fonts.bold(l.indent() == 0 ? 18 : 16);
            g.setFill(p.text());
            g.setFont(nameFont);
            double nw = Math.min(fonts.width(l.name(), nameFont), w * 0.5);
            g.fillText(l.name(), lx, ly, nw);
            g.setFill(p.textMuted());
            g.setFont(fonts.regular(15));
            g.fillText(l.counts(), lx + nw + 10, ly + 2, x + w - 12 - (lx + nw + 10));
            g.setFill(l.writes() ? p.write : p.busy);
            g.setFont(fonts.bold(16));
            g.fillText("→ " + l.step(), lx + 12, ly + 24, x + w - 12 - (lx + 12));
            ly += l.indent() == 0 ? 52 : 50;
        }
        g.setFill(p.textMuted());
        g.setTextBaseline(VPos.BOTTOM);
        wrap(g, m.assumptions, x + 12, y + h - 8, w - 24);
    }

    /** {@code s} broken at " · " into lines of at most {@code w}, the last one ending at {@code bottom}. */
    private void wrap(GraphicsContext g, String s, double x, double bottom, double w) {
        Font f = fonts.regular(13);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String part : s.split(" · ")) {
            String next = line.length() == 0 ? part : line + " · " + part;
            if (line.length() > 0 && fonts.width(next, f) > w) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(part);
            } else {
                line.setLength(0);
                line.append(next);
            }
        }
        lines.add(line.toString());
        g.setFont(f);
        for (int i = 0; i < lines.size(); i++) {
            g.fillText(lines.get(i), x, bottom - 17 * (lines.size() - 1 - i), w);
        }
    }

    private void panel(GraphicsContext g, double x, double y, double w, double h, KubePalette p, boolean dashed) {
        g.setFill(p.stage);
        g.fillRoundRect(x, y, w, h, 16, 16);
        g.setStroke(dashed ? p.write : p.stageBorder);
        g.setLineWidth(2);
        if (dashed) {
            g.setLineDashes(10, 6);
        }
        g.strokeRoundRect(x, y, w, h, 16, 16);
        g.setLineDashes();
    }
}

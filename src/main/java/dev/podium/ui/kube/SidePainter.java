package dev.podium.ui.kube;

import dev.podium.ui.common.CanvasFonts;
import dev.podium.ui.common.ViewText;
import dev.podium.world.kube.state.KubeState;
import dev.podium.world.kube.state.PodView;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/**
 * Draws the side column (the scheduler queue with its pending pods, the workloads list) and the legend strip with
 * the count of pods in each status (painted by {@link PodLegend}). Work is O(queue slots + rows + nodes). FX thread only.
 */
final class SidePainter {
    static final double ROW_H = 30;

    /** The smallest size a workload's name steps down to before it is shortened with "…". */
    private static final double MIN_NAME_SIZE = 13;

    private final CanvasFonts fonts;
    private final FitText fit;
    private final ChipPainter chips;
    private final PodLegend legend;
    private final int[] totals = new int[PodStatus.ALL.length];
    private final int[] paintedTotals = new int[PodStatus.ALL.length + 4];
    private ClusterLayout paintedLayout;
    private long paintedStyle;

    SidePainter(CanvasFonts fonts, ChipPainter chips) {
        this.fonts = fonts;
        this.fit = new FitText(fonts);
        this.chips = chips;
        this.legend = new PodLegend(fonts);
    }

    void paintQueue(GraphicsContext g, ClusterLayout l, ClusterModel m, KubeState s, long now, KubePalette p,
            ViewText text) {
        fit.clear();
        panel(g, l.sideX, l.queueY, l.sideW, l.queueH, p);
        PendingList pending = m.pending();
        title(g, l.sideX + 10, l.queueY + 8, text.get("queue.title"), Integer.toString(pending.size()), l.sideW - 20, p);
        int shown = 0;
        for (int id = pending.first(); id >= 0 && shown < l.queueSlots(); id = pending.after(id)) {
            double x = l.queueX(shown);
            double y = l.queueY(shown);
            chips.chip(g, x, y, ClusterLayout.QUEUE_CELL, m, id, now, p);
            PodView v = s.pod(m.key(id));
            if (v != null && !v.message().isEmpty()) { // unschedulable: a "!" over the chip
                g.setFill(p.nodeNotReady);
                g.setFont(fonts.bold(17));
                g.setTextAlign(TextAlignment.CENTER);
                g.setTextBaseline(VPos.CENTER);
                g.fillText("!", x + ClusterLayout.QUEUE_CELL / 2, y + ClusterLayout.QUEUE_CELL / 2);
            }
            shown++;
        }
        if (pending.size() > shown) {
            g.setFill(p.textMuted());
            g.setFont(fonts.bold(14));
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.BOTTOM);
            g.fillText(text.get("queue.more", pending.size() - shown), l.sideX + l.sideW - 10, l.queueY + l.queueH - 6);
        } else if (pending.size() == 0) {
            g.setFill(p.textMuted());
            g.setFont(fonts.regular(14));
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.TOP);
            fit.lines(g, text.get("queue.empty"), l.sideX + 10, l.queueY + 44, l.sideW - 20, 2, 18);
        }
    }

    void paintWorkloads(GraphicsContext g, ClusterLayout l, List<WorkloadRows.Row> rows, KubePalette p,
            ViewText text) {
        panel(g, l.sideX, l.workloadsY, l.sideW, l.workloadsH, p);
        title(g, l.sideX + 10, l.workloadsY + 8, text.get("workloads.title"), "", l.sideW - 20, p);
        double y = l.workloadsY + 36;
        for (WorkloadRows.Row r : rows) {
            if (y + ROW_H > l.workloadsY + l.workloadsH) {
                break;
            }
            double x = l.sideX + 10 + r.indent() * 16;
            g.setTextBaseline(VPos.CENTER);
            g.setTextAlign(TextAlignment.LEFT);
            g.setFill(r.indent() > 0 ? p.textMuted() : p.text());
            // The numbers keep their width; the name gets what is left, a size smaller or shortened, never squeezed.
            String numbers = WorkloadRows.numbers(r, (key, n) -> text.get(key, n));
            double numbersWidth = fonts.width(numbers, fonts.bold(r.indent() > 0 ? 14 : 16));
            double nameRoom = l.sideX + l.sideW - 10 - numbersWidth - 8 - x;
            name(g, r.name(), x, y + ROW_H / 2, Math.max(20, nameRoom), r.indent() == 0, r.indent() > 0 ? 14 : 16);
            g.setTextAlign(TextAlignment.RIGHT);
            g.setFill(r.settled() ? p.pod[PodStatus.RUNNING.ordinal()] : p.pod[PodStatus.PENDING.ordinal()]);
            g.setFont(fonts.bold(r.indent() > 0 ? 14 : 16));
            g.fillText(numbers, l.sideX + l.sideW - 10, y + ROW_H / 2);
            y += ROW_H;
        }
    }

    /**
     * Whether the legend would show something other than at the last call that returned true: other counts, layout
     * or {@code style} (theme, font, language).
     */
    boolean legendChanged(ClusterLayout l, ClusterModel m, long style) {
        countTotals(m);
        int k = totals.length;
        boolean same = l == paintedLayout && style == paintedStyle && paintedTotals[k] == m.nodes().size()
                && paintedTotals[k + 1] == m.podCount();
        for (int i = 0; i < k && same; i++) {
            same = paintedTotals[i] == totals[i];
        }
        if (same) {
            return false;
        }
        System.arraycopy(totals, 0, paintedTotals, 0, k);
        paintedTotals[k] = m.nodes().size();
        paintedTotals[k + 1] = m.podCount();
        paintedLayout = l;
        paintedStyle = style;
        return true;
    }

    private void countTotals(ClusterModel m) {
        java.util.Arrays.fill(totals, 0);
        NodeTable nodes = m.nodes();
        for (int n = 0; n < nodes.size(); n++) {
            for (PodStatus st : PodStatus.ALL) {
                totals[st.ordinal()] += nodes.count(n, st);
            }
        }
        totals[PodStatus.PENDING.ordinal()] += m.pending().size();
    }

    void paintLegend(GraphicsContext g, ClusterLayout l, ClusterModel m, KubePalette p, ViewText text) {
        countTotals(m);
        String summary = text.get("legend.summary", m.nodes().size(), m.podCount(),
                text.get(l.detail == ClusterLayout.Detail.CHIPS ? "lod.chips" : "lod.cells"));
        legend.paint(g, l.sideX, l.legendY + 4, l.width - 12 - l.sideX, totals, summary, p, text);
    }

    /** A title or a workload's name at {@code size}, or smaller down to {@link #MIN_NAME_SIZE}, then shortened. */
    private void name(GraphicsContext g, String name, double x, double y, double room, boolean bold, double size) {
        double at = size;
        while (at > MIN_NAME_SIZE && !fit.fits(name, bold ? fonts.bold(at) : fonts.regular(at), room)) {
            at--;
        }
        g.setFont(bold ? fonts.bold(at) : fonts.regular(at));
        fit.line(g, name, x, y, room);
    }

    /** The side column's text drawn by the last {@link #paintQueue} and {@link #paintWorkloads}. */
    List<FitText.Drawn> drawnText() {
        return fit.drawn();
    }

    private void panel(GraphicsContext g, double x, double y, double w, double h, KubePalette p) {
        g.setFill(p.nodeBg);
        g.fillRoundRect(x, y, w, h, 14, 14);
        g.setStroke(p.border);
        g.setLineWidth(1);
        g.setLineDashes();
        g.strokeRoundRect(x + 0.5, y + 0.5, w - 1, h - 1, 14, 14);
    }

    private void title(GraphicsContext g, double x, double y, String title, String count, double w, KubePalette p) {
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(p.text());
        double countWidth = count.isEmpty() ? 0 : fonts.width(count, fonts.bold(18)) + 8;
        name(g, title, x, y, w - countWidth, true, 18);
        g.setFont(fonts.bold(18));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setFill(p.pod[PodStatus.PENDING.ordinal()]);
        g.fillText(count, x + w, y);
    }
}

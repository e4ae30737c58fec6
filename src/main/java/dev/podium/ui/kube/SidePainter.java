package dev.podium.ui.kube;

import dev.podium.ui.common.CanvasFonts;
import dev.podium.ui.common.ViewText;
import dev.podium.world.kube.state.KubeState;
import dev.podium.world.kube.state.PodView;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * Draws the side column (the scheduler queue with its pending pods, the workloads list) and the legend strip with
 * the count of pods in each status. Work is O(queue slots + rows + nodes). FX thread only.
 */
final class SidePainter {
    static final double ROW_H = 30;

    private final CanvasFonts fonts;
    private final ChipPainter chips;
    private final int[] totals = new int[PodStatus.ALL.length];
    private final int[] paintedTotals = new int[PodStatus.ALL.length + 4];
    private ClusterLayout paintedLayout;
    private long paintedStyle;

    SidePainter(CanvasFonts fonts, ChipPainter chips) {
        this.fonts = fonts;
        this.chips = chips;
    }

    void paintQueue(GraphicsContext g, ClusterLayout l, ClusterModel m, KubeState s, long now, KubePalette p,
            ViewText text) {
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
            g.fillText(text.get("queue.empty"), l.sideX + 10, l.queueY + 44, l.sideW - 20);
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
            g.setFont(r.indent() > 0 ? fonts.regular(14) : fonts.bold(16));
            // The numbers keep their width; the name gets what is left (squeezed, never under the numbers).
            String numbers = WorkloadRows.numbers(r, (key, n) -> text.get(key, n));
            double numbersWidth = fonts.width(numbers, fonts.bold(r.indent() > 0 ? 14 : 16));
            double nameRoom = l.sideX + l.sideW - 10 - numbersWidth - 8 - x;
            g.fillText(r.name(), x, y + ROW_H / 2, Math.max(20, nameRoom));
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
        NodeTable nodes = m.nodes();
        double x = l.sideX;
        double y = l.legendY + 8;
        double h = ClusterLayout.LEGEND_H - 14;
        String summary = text.get("legend.summary", nodes.size(), m.podCount(),
                text.get(l.detail == ClusterLayout.Detail.CHIPS ? "lod.chips" : "lod.cells"));
        // Fit the strip: shrink the labels if the statuses alone are too wide, and drop the summary on the
        // right when it would collide with them (a narrow window, or the longer Chinese labels).
        double fontSize = 15;
        double needed = legendWidth(text, h, fontSize);
        double room = l.width - 12 - x;
        if (needed > room) {
            fontSize = Math.max(11, fontSize * room / needed);
            needed = legendWidth(text, h, fontSize);
        }
        boolean showSummary = needed + 24 + fonts.width(summary, fonts.regular(14)) <= room;
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        for (PodGlyph glyph : PodGlyph.ALL) {
            PodStatus st = glyph.status;
            Color c = p.pod[st.ordinal()];
            boolean hollow = st == PodStatus.PENDING || st == PodStatus.SUCCEEDED;
            if (hollow) {
                g.setStroke(c);
                g.setLineWidth(2.5);
                g.strokeRoundRect(x + 1, y + 1, h - 2, h - 2, 8, 8);
            } else {
                g.setFill(c);
                g.fillRoundRect(x, y, h, h, 8, 8);
            }
            glyph.draw(g, x + h / 2, y + h / 2, h * 0.28, hollow ? c : p.onFill(c));
            String label = legendLabel(glyph, text);
            g.setFill(p.text());
            g.setFont(fonts.regular(fontSize));
            g.fillText(label, x + h + 6, y + h / 2);
            x += h + 14 + fonts.width(label, fonts.regular(fontSize));
        }
        if (showSummary) {
            g.setFill(p.textMuted());
            g.setFont(fonts.regular(14));
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(summary, l.width - 12, y + h / 2);
        }
    }

    /** Width of the status items at a font size (counts take up to six digits). */
    private double legendWidth(ViewText text, double swatch, double fontSize) {
        double w = 0;
        for (PodGlyph glyph : PodGlyph.ALL) {
            w += swatch + 14 + fonts.width(text.get("status." + glyph.key)
                    + (glyph.primary() ? " 000000" : ""), fonts.regular(fontSize));
        }
        return w;
    }

    /** A glyph's name, with its colour class's count if it is that class's own glyph. */
    private String legendLabel(PodGlyph glyph, ViewText text) {
        String name = text.get("status." + glyph.key);
        return glyph.primary() ? name + " " + totals[glyph.status.ordinal()] : name;
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
        g.setFont(fonts.bold(18));
        g.fillText(title, x, y, w * 0.8);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setFill(p.pod[PodStatus.PENDING.ordinal()]);
        g.fillText(count, x + w, y);
    }
}

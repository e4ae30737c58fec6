package dev.podium.ui.kube;

import dev.podium.ui.common.CanvasFonts;
import dev.podium.ui.common.ViewText;
import dev.podium.world.kube.state.KubeState;
import dev.podium.world.kube.state.NodeView;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * Draws node boxes with headers (name, condition, taints, cpu/memory/pod capacity bars) and pods as chips: hollow
 * when pending, a ring when ready, fading when terminating, a restart badge when crash-looping, a cross when failed,
 * and a {@link PodGlyph} badge (running, terminating, crash loop, image pull, evicted, preempted) on chips of at least
 * {@link #BADGE_MIN} px.
 * Freshly bound pods fly in from the scheduler queue. Used when chips are at least {@link ClusterLayout#CHIP_MIN}
 * px, so at most a few thousand chips. FX thread only.
 */
final class ChipPainter {
    /** The smallest chip (px) that carries its state's {@link PodGlyph} badge. */
    static final double BADGE_MIN = 16;

    private final CanvasFonts fonts;

    ChipPainter(CanvasFonts fonts) {
        this.fonts = fonts;
    }

    /**
     * One node box in pane coordinates: the box, its header, its landed chips and the "+n" of pods it has no slot
     * for. Chips still flying in from the queue are left to {@link #paintFlights}.
     */
    void paintNode(GraphicsContext g, ClusterLayout l, int rank, ClusterModel m, KubeState s, long now, KubePalette p,
            ViewText text) {
        NodeTable nodes = m.nodes();
        int id = nodes.atRank(rank);
        box(g, l, rank, nodes.condition(id), now, p);
        if (l.header > 0) {
            header(g, l, rank, s.node(nodes.name(id)), nodes.name(id), nodes.condition(id), p, text);
        }
        int[] pods = nodes.pods(id);
        int count = Math.min(nodes.podCount(id), l.slots());
        for (int slot = 0; slot < count; slot++) {
            int pod = pods[slot];
            if (PodMotion.flight(m.scheduledAt(pod), now) >= 1) {
                chip(g, l.podX(rank, slot), l.podY(rank, slot), l.cell, m, pod, now, p);
            }
        }
        if (nodes.podCount(id) > l.slots()) {
            g.setFill(p.textMuted());
            g.setFont(fonts.bold(12));
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.BOTTOM);
            g.fillText("+" + (nodes.podCount(id) - l.slots()), l.boxX(rank) + l.boxW - 4, l.boxY(rank) + l.boxH);
        }
    }

    /** Chips flying from the scheduler queue to their slots, in pane coordinates; returns whether any flew. */
    boolean paintFlights(GraphicsContext g, ClusterLayout l, ClusterModel m, long now, KubePalette p) {
        NodeTable nodes = m.nodes();
        int n = Math.min(nodes.size(), l.nodes);
        double qx = l.sideX + l.sideW - 20;
        double qy = l.queueY + l.queueH / 2;
        boolean any = false;
        for (int rank = 0; rank < n; rank++) {
            int id = nodes.atRank(rank);
            int[] pods = nodes.pods(id);
            int count = Math.min(nodes.podCount(id), l.slots());
            for (int slot = 0; slot < count; slot++) {
                int pod = pods[slot];
                double f = PodMotion.flight(m.scheduledAt(pod), now);
                if (f < 1) {
                    any = true;
                    chip(g, PodMotion.lerp(qx, l.podX(rank, slot), f), PodMotion.lerp(qy, l.podY(rank, slot), f),
                            l.cell, m, pod, now, p);
                }
            }
        }
        return any;
    }

    /** One pod chip with its top-left at (x, y) in a cell of {@code pitch}. */
    void chip(GraphicsContext g, double x, double y, double pitch, ClusterModel m, int pod, long now, KubePalette p) {
        PodStatus st = m.status(pod);
        double size = pitch * 0.82;
        double inset = (pitch - size) / 2;
        double cx = x + inset;
        double cy = y + inset;
        double arc = size * 0.35;
        Color c = p.pod[st.ordinal()];
        double lw = Math.max(1.5, size / 12);
        g.setLineDashes();
        if (st == PodStatus.PENDING || st == PodStatus.SUCCEEDED) {
            g.setStroke(c);
            g.setLineWidth(lw);
            g.strokeRoundRect(cx + lw / 2, cy + lw / 2, size - lw, size - lw, arc, arc);
            if (st == PodStatus.SUCCEEDED) {
                g.strokeLine(cx + size * 0.28, cy + size * 0.52, cx + size * 0.45, cy + size * 0.68);
                g.strokeLine(cx + size * 0.45, cy + size * 0.68, cx + size * 0.74, cy + size * 0.34);
            }
            return;
        }
        double alpha = st == PodStatus.TERMINATING ? PodMotion.fade(m.since(pod), now) : 1;
        g.setGlobalAlpha(alpha);
        g.setFill(st == PodStatus.RUNNING && !m.ready(pod) ? c.deriveColor(0, 1, 1, 0.5) : c);
        g.fillRoundRect(cx, cy, size, size, arc, arc);
        if (st == PodStatus.TERMINATING) {
            g.setStroke(p.text());
            g.setLineWidth(Math.max(1, lw / 1.5));
            g.setLineDashes(size / 6, size / 8);
            g.strokeRoundRect(cx, cy, size, size, arc, arc);
            g.setLineDashes();
        } else if (st == PodStatus.CREATING) {
            // a spinner quarter shows "work in progress" without colour
            g.setStroke(p.onFill(c));
            g.setLineWidth(lw);
            double r = size >= 44 ? size * 0.2 : size * 0.28;
            double my = size >= 44 ? cy + size * 0.36 : cy + size / 2; // above the name label
            double start = (now / 2_000_000L) % 360;
            g.strokeArc(cx + size / 2 - r, my - r, 2 * r, 2 * r, -start, 270,
                    javafx.scene.shape.ArcType.OPEN);
        } else if (st == PodStatus.FAILED) {
            g.setStroke(p.onFill(c));
            g.setLineWidth(lw);
            g.strokeLine(cx + size * 0.3, cy + size * 0.3, cx + size * 0.7, cy + size * 0.7);
            g.strokeLine(cx + size * 0.7, cy + size * 0.3, cx + size * 0.3, cy + size * 0.7);
        }
        g.setGlobalAlpha(1);
        if (m.ready(pod) && st == PodStatus.RUNNING) {
            g.setStroke(p.ring);
            g.setLineWidth(lw);
            g.strokeRoundRect(cx - lw, cy - lw, size + 2 * lw, size + 2 * lw, arc + lw, arc + lw);
        }
        if (size >= 44) { // the pod's hash suffix, as kubectl shows it
            String key = m.key(pod);
            String name = key.substring(key.lastIndexOf('-') + 1);
            g.setFill(p.onFill(c));
            g.setFont(fonts.bold(Math.min(16, size / 4.2)));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.BOTTOM);
            g.fillText(name, cx + size / 2, cy + size - 4, size - 6);
        }
        PodGlyph glyph = m.glyph(pod);
        if (glyph.badged() && size >= BADGE_MIN) {
            glyph.badge(g, cx - lw, cy - lw, size, p.stageBg(), p.text());
        }
        if (m.restarts(pod) > 0 && size >= 16) {
            double r = Math.max(8, size * 0.24);
            double bx = cx + size - r * 0.6;
            double by = cy - r * 0.4;
            g.setFill(p.text());
            g.fillOval(bx - r, by - r + r * 0.4, 2 * r, 2 * r);
            g.setFill(p.stageBg());
            g.setFont(fonts.bold(r * 1.15));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(Integer.toString(m.restarts(pod)), bx, by + r * 0.4);
        }
    }

    private void box(GraphicsContext g, ClusterLayout l, int rank, int cond, long now, KubePalette p) {
        double x = l.boxX(rank);
        double y = l.boxY(rank);
        double arc = Math.min(16, l.boxW / 8);
        g.setFill(p.nodeBg);
        g.fillRoundRect(x, y, l.boxW, l.boxH, arc, arc);
        g.setLineDashes();
        if (cond == NodeTable.NOT_READY) {
            g.setFill(p.nodeNotReady.deriveColor(0, 1, 1, 0.10 + 0.08 * PodMotion.pulse(now)));
            g.fillRoundRect(x, y, l.boxW, l.boxH, arc, arc);
            g.setStroke(p.nodeNotReady);
            g.setLineWidth(4);
        } else if (cond == NodeTable.CORDONED) {
            g.setStroke(p.nodeCordoned);
            g.setLineWidth(3);
            g.setLineDashes(12, 8);
        } else {
            g.setStroke(p.nodeReady);
            g.setLineWidth(1.5);
        }
        g.strokeRoundRect(x, y, l.boxW, l.boxH, arc, arc);
        g.setLineDashes();
    }

    private void header(GraphicsContext g, ClusterLayout l, int rank, NodeView v, String name, int cond, KubePalette p,
            ViewText text) {
        double x = l.boxX(rank) + l.pad + 2;
        double y = l.boxY(rank) + 4;
        double w = l.boxW - 2 * l.pad - 4;
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        if (l.header < ClusterLayout.HEADER_FULL) {
            g.setFill(p.text());
            g.setFont(fonts.bold(11));
            g.fillText(name, x, y - 2, w);
            return;
        }
        g.setFill(p.text());
        g.setFont(fonts.bold(18));
        g.fillText(name, x, y, w);
        String condText = cond == NodeTable.NOT_READY ? text.get("node.notReady")
                : cond == NodeTable.CORDONED ? text.get("node.cordoned") : text.get("node.ready");
        g.setFill(cond == NodeTable.NOT_READY ? p.nodeNotReady
                : cond == NodeTable.CORDONED ? p.nodeCordoned : p.textMuted());
        g.setFont(fonts.bold(14));
        g.fillText(condText, x, y + 24, w * 0.5);
        if (v == null) {
            return;
        }
        if (!v.taints().isEmpty()) {
            g.setFill(p.nodeNotReady);
            g.setFont(fonts.regular(12));
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(text.get("node.taints", v.taints().size()), x + w, y + 25, w * 0.5);
            g.setTextAlign(TextAlignment.LEFT);
        }
        double by = y + 44;
        bar(g, x, by, w, text.get("bar.cpu"), v.requestedMilliCpu(), v.milliCpu(), p);
        bar(g, x, by + 12, w, text.get("bar.memory"), v.requestedMemoryBytes() >> 20, v.memoryBytes() >> 20, p);
        bar(g, x, by + 24, w, text.get("bar.pods"), v.pods(), v.maxPods(), p);
    }

    private void bar(GraphicsContext g, double x, double y, double w, String label, long used, long total,
            KubePalette p) {
        double labelW = 52;
        g.setFill(p.textMuted());
        g.setFont(fonts.regular(12));
        g.setTextBaseline(VPos.CENTER);
        g.fillText(label, x, y + 4);
        double bx = x + labelW;
        double bw = w - labelW;
        g.setFill(p.track);
        g.fillRect(bx, y, bw, 8);
        double f = total <= 0 ? 0 : Math.min(1, (double) used / total);
        g.setFill(f > 0.9 ? p.nodeNotReady : p.bar);
        g.fillRect(bx, y, bw * f, 8);
        g.setTextBaseline(VPos.TOP);
    }
}

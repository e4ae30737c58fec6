package dev.podium.ui.kube;

import dev.podium.ui.common.CanvasFonts;
import dev.podium.ui.common.ResizableCanvas;
import dev.podium.ui.common.ViewText;
import dev.podium.world.kube.state.KubeState;
import dev.podium.world.kube.state.PodView;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;

/**
 * The cluster tab: the scheduler queue and workloads on the left, node boxes with their pods on the right and a
 * legend below. Layers, so that a frame repaints only what changed: a background canvas (which also holds the chips
 * at the detailed level), the raster tiles at the dense level, and separate side and legend canvases redrawn only
 * when what they show changed. Chooses the level of detail from {@link ClusterLayout}, and answers picks by arithmetic
 * on the layout. No JavaFX node per pod. FX thread only.
 */
final class ClusterPane extends ResizableCanvas {
    static final String ID = "kube-cluster";

    private final CanvasFonts fonts = new CanvasFonts();
    private final ChipPainter chips = new ChipPainter(fonts);
    private final SidePainter side = new SidePainter(fonts, chips);
    private final CellRaster raster = new CellRaster();
    private final ChipTiles chipTiles = new ChipTiles(chips);
    private final WorkloadRows workloads = new WorkloadRows();
    private ClusterLayout layout;
    private List<WorkloadRows.Row> rows = List.of();
    private List<WorkloadRows.Row> sideRows = List.of();
    private final Canvas sideCanvas = new Canvas();
    private final Canvas legendCanvas = new Canvas();
    private long sideKey;
    private ClusterLayout bgLayout;
    private int bgVersion;

    ClusterPane() {
        setId(ID);
        for (Node n : new Node[] {raster.node(), chipTiles.node(), sideCanvas, legendCanvas}) {
            n.setManaged(false);
            n.setMouseTransparent(true);
            getChildren().add(n);
        }
    }

    ClusterLayout clusterLayout() {
        return layout;
    }

    /** The dense level's tiles (tests). */
    CellRaster raster() {
        return raster;
    }

    void render(ClusterModel m, KubeState s, long now, KubePalette p, ViewText text, String family) {
        fonts.family(family);
        double w = canvas().getWidth();
        double h = canvas().getHeight();
        GraphicsContext g = canvas().getGraphicsContext2D();
        if (w < 1 || h < 1) {
            return;
        }
        int perNode = (Math.max(4, m.nodes().maxPods()) + 3) / 4 * 4;
        if (layout == null || !layout.sameShape(w, h, m.nodes().size(), perNode)) {
            layout = new ClusterLayout(w, h, m.nodes().size(), perNode);
            place();
        }
        long style = ((long) p.version() * 31 + (family == null ? 0 : family.hashCode())) * 31
                + text.get("queue.title").hashCode();
        boolean cells = layout.detail == ClusterLayout.Detail.CELLS;
        raster.node().setVisible(cells);
        // At the dense level the opaque tiles cover the grid and the pane's own solid fill is the rest: the
        // full-size canvas would be one more full-area picture to composite under every changed frame.
        canvas().setVisible(!cells);
        if (cells) {
            if (layout != bgLayout || p.version() != bgVersion) {
                bgLayout = layout;
                bgVersion = p.version();
                setBackground(new javafx.scene.layout.Background(new javafx.scene.layout.BackgroundFill(
                        p.stageBg(), null, null)));
            }
            raster.paint(layout, m, now, p, style, gc -> compactNames(gc, m, p));
        } else if (layout != bgLayout || p.version() != bgVersion) {
            bgLayout = layout;
            bgVersion = p.version();
            g.setFill(p.stageBg());
            g.fillRect(0, 0, w, h);
        }
        chipTiles.node().setVisible(!cells);
        if (!cells) {
            chipTiles.paint(layout, m, s, now, p, text, style);
        }
        rows = workloads.rows(s, 200);
        if (sideChanged(m, s, now, style)) {
            GraphicsContext sg = sideCanvas.getGraphicsContext2D();
            sg.clearRect(0, 0, sideCanvas.getWidth(), sideCanvas.getHeight());
            side.paintQueue(sg, layout, m, s, now, p, text);
            side.paintWorkloads(sg, layout, rows, p, text);
        }
        if (side.legendChanged(layout, m, style)) {
            GraphicsContext lg = legendCanvas.getGraphicsContext2D();
            lg.clearRect(0, 0, legendCanvas.getWidth(), legendCanvas.getHeight());
            lg.save();
            lg.translate(0, -layout.legendY);
            side.paintLegend(lg, layout, m, p, text);
            lg.restore();
        }
    }

    /** Sizes and places the side and legend canvases for a new layout. */
    private void place() {
        sideCanvas.setWidth(Math.ceil(layout.sideX + layout.sideW) + 1);
        sideCanvas.setHeight(Math.ceil(layout.legendY));
        legendCanvas.setLayoutY(layout.legendY);
        legendCanvas.setWidth(layout.width);
        legendCanvas.setHeight(ClusterLayout.LEGEND_H);
        sideKey = 0;
    }

    /**
     * Whether the queue or the workloads panel shows something other than at its last paint: the pending pods and
     * their looks, the rows, the style; always while a pending pod animates (a spinner, a fade).
     */
    private boolean sideChanged(ClusterModel m, KubeState s, long now, long style) {
        long key = style * 31 + m.pending().size();
        boolean moving = false;
        int shown = 0;
        PendingList pending = m.pending();
        for (int id = pending.first(); id >= 0 && shown < layout.queueSlots(); id = pending.after(id)) {
            PodStatus st = m.status(id);
            key = key * 31 + id;
            key = key * 31 + st.ordinal() * 4 + (m.ready(id) ? 2 : 0) + (m.restarts(id) > 0 ? 1 : 0);
            key = key * 31 + m.restarts(id);
            PodView v = s.pod(m.key(id));
            key = key * 31 + (v != null && !v.message().isEmpty() ? 1 : 0);
            moving |= st == PodStatus.CREATING
                    || st == PodStatus.TERMINATING && now - m.since(id) < PodMotion.FADE_NANOS;
            shown++;
        }
        boolean changed = moving || key != sideKey || sideKey == 0 || !rows.equals(sideRows);
        sideKey = key == 0 ? 1 : key;
        if (changed) {
            sideRows = List.copyOf(rows);
        }
        return changed;
    }

    private void compactNames(GraphicsContext g, ClusterModel m, KubePalette p) {
        g.setFill(p.text());
        g.setFont(fonts.regular(11));
        g.setTextAlign(javafx.scene.text.TextAlignment.LEFT);
        g.setTextBaseline(javafx.geometry.VPos.TOP);
        NodeTable nodes = m.nodes();
        for (int rank = 0; rank < Math.min(nodes.size(), layout.nodes); rank++) {
            g.fillText(nodes.name(nodes.atRank(rank)), layout.boxX(rank) + layout.pad + 2, layout.boxY(rank) + 2,
                    layout.boxW - 2 * layout.pad - 4);
        }
    }

    /** What is at (x, y) in this pane's coordinates, or null. */
    /** The side column's text drawn by the last frame that repainted it. */
    List<FitText.Drawn> sideText() {
        return side.drawnText();
    }

    Hit pick(ClusterModel m, double x, double y) {
        if (layout == null) {
            return null;
        }
        int rank = layout.nodeRankAt(x, y);
        NodeTable nodes = m.nodes();
        if (rank >= 0 && rank < nodes.size()) {
            int id = nodes.atRank(rank);
            int slot = layout.slotAt(rank, x, y);
            if (slot >= 0 && slot < Math.min(nodes.podCount(id), layout.slots())) {
                return new Hit("pod", m.key(nodes.pods(id)[slot]));
            }
            return new Hit("node", nodes.name(id));
        }
        int q = layout.queueSlotAt(x, y);
        if (q >= 0) {
            int id = m.pending().first();
            for (int i = 0; i < q && id >= 0; i++) {
                id = m.pending().after(id);
            }
            return id >= 0 ? new Hit("pod", m.key(id)) : null;
        }
        int row = layout.workloadRowAt(x, y, SidePainter.ROW_H);
        if (row >= 0 && row < rows.size()) {
            return new Hit(rows.get(row).kind(), rows.get(row).key());
        }
        return null;
    }
}

package dev.podium.ui.kube;

import dev.podium.world.kube.state.KubeState;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;

/**
 * The cluster tab: one canvas with the scheduler queue and workloads on the left, node boxes with their pods on the
 * right and a legend below. Chooses the level of detail from {@link ClusterLayout}, and answers picks by arithmetic
 * on the layout. No JavaFX node per pod. FX thread only.
 */
final class ClusterPane extends ResizableCanvas {
    static final String ID = "kube-cluster";

    private final Fonts fonts = new Fonts();
    private final ChipPainter chips = new ChipPainter(fonts);
    private final SidePainter side = new SidePainter(fonts, chips);
    private final CellRaster raster = new CellRaster();
    private final WorkloadRows workloads = new WorkloadRows();
    private ClusterLayout layout;
    private List<WorkloadRows.Row> rows = List.of();

    ClusterPane() {
        setId(ID);
    }

    ClusterLayout clusterLayout() {
        return layout;
    }

    void render(ClusterModel m, KubeState s, long now, KubePalette p, KubeText text, String family) {
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
        }
        g.setFill(p.bg);
        g.fillRect(0, 0, w, h);
        if (layout.detail == ClusterLayout.Detail.CELLS) {
            raster.paint(g, layout, m, now, p);
            if (layout.header > 0) {
                compactNames(g, m, p);
            }
        } else {
            chips.paintNodes(g, layout, m, s, now, p, text);
        }
        side.paintQueue(g, layout, m, s, now, p, text);
        rows = workloads.rows(s, 200);
        side.paintWorkloads(g, layout, rows, p, text);
        side.paintLegend(g, layout, m, p, text);
    }

    private void compactNames(GraphicsContext g, ClusterModel m, KubePalette p) {
        g.setFill(p.text);
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

package dev.podium.ui.kube;

/**
 * Geometry of the cluster picture, computed once per size and cluster shape: a side column (scheduler queue above,
 * workloads below), a grid of node boxes, each holding a grid of pod cells, and a legend strip at the bottom.
 *
 * <p>The node grid is chosen to make pod cells as large as possible. When a cell is at least {@link #CHIP_MIN}
 * pixels, pods are drawn as chips with rings and badges ({@link Detail#CHIPS}); below it as 1–{@link #CHIP_MIN}
 * pixel cells rastered straight into an image ({@link Detail#CELLS}). Hit-testing is arithmetic: the node box and
 * the pod slot under a point come from dividing by the pitches, never from scanning pods. Toolkit-free, immutable.
 */
final class ClusterLayout {
    /** Pod cell pitch (px) from which pods are drawn as chips instead of raster cells. */
    static final double CHIP_MIN = 14;
    /** Largest chip pitch: a three-pod cluster should not show dinner plates. */
    static final double CHIP_MAX = 84;
    /** Node header height with name, condition and capacity bars. */
    static final double HEADER_FULL = 84;
    /** Node header height with just the name. */
    static final double HEADER_COMPACT = 16;
    static final double LEGEND_H = PodLegend.ROWS * PodLegend.ROW_H + 8;
    static final double QUEUE_CELL = 30;

    /** How much a pod shows. */
    enum Detail { CHIPS, CELLS }

    final double width;
    final double height;
    final int nodes;
    final int podsPerNode;
    final double sideX;
    final double sideW;
    final double queueY;
    final double queueH;
    final double workloadsY;
    final double workloadsH;
    final double gridX;
    final double gridY;
    final double gridW;
    final double gridH;
    final double legendY;
    final int cols;
    final int rows;
    final double boxW;
    final double boxH;
    final double gap;
    final double pad;
    final double header;
    final int podCols;
    final int podRows;
    final double cell;
    final Detail detail;
    final int queueCols;
    final int queueRows;

    ClusterLayout(double width, double height, int nodes, int podsPerNode) {
        this.width = Math.max(320, width);
        this.height = Math.max(240, height);
        this.nodes = Math.max(0, nodes);
        this.podsPerNode = Math.max(4, podsPerNode);
        double margin = 12;
        sideX = margin;
        sideW = Math.min(340, Math.max(210, this.width * 0.2));
        legendY = this.height - LEGEND_H;
        queueY = margin;
        queueH = Math.floor((legendY - margin * 2) * 0.5);
        workloadsY = queueY + queueH + margin;
        workloadsH = legendY - margin - workloadsY;
        queueCols = Math.max(1, (int) ((sideW - 16) / QUEUE_CELL));
        queueRows = Math.max(1, (int) ((queueH - 44) / QUEUE_CELL));
        gridX = sideX + sideW + margin * 1.5;
        gridY = margin;
        gridW = this.width - gridX - margin;
        gridH = legendY - margin - gridY;
        gap = this.nodes <= 60 ? 12 : this.nodes <= 600 ? 4 : 2;

        int bestCols = 1;
        double bestCell = -1;
        double bestMin = -1;
        int n = Math.max(1, this.nodes);
        for (int c = 1; c <= n; c++) {
            int r = (n + c - 1) / c;
            double bw = (gridW - (c - 1) * gap) / c;
            double bh = (gridH - (r - 1) * gap) / r;
            if (bw < 2 || bh < 2) {
                continue;
            }
            double p = padFor(bw, bh);
            double hd = headerFor(bw, bh);
            double cl = Math.min(CHIP_MAX, bestCell(this.podsPerNode, bw - 2 * p, bh - hd - p)[2]);
            double mn = Math.min(bw, bh);
            if (cl > bestCell + 1e-9 || (Math.abs(cl - bestCell) <= 1e-9 && mn > bestMin)) {
                bestCell = cl;
                bestCols = c;
                bestMin = mn;
            }
        }
        cols = bestCols;
        rows = (n + cols - 1) / cols;
        boxW = (gridW - (cols - 1) * gap) / cols;
        boxH = (gridH - (rows - 1) * gap) / rows;
        pad = padFor(boxW, boxH);
        header = headerFor(boxW, boxH);
        double[] best = bestCell(this.podsPerNode, boxW - 2 * pad, boxH - header - pad);
        podCols = (int) best[0];
        podRows = (int) best[1];
        double c0 = Math.min(CHIP_MAX, best[2]);
        detail = c0 >= CHIP_MIN ? Detail.CHIPS : Detail.CELLS;
        cell = detail == Detail.CELLS ? Math.max(1, Math.floor(c0)) : c0;
    }

    static double headerFor(double bw, double bh) {
        if (bw >= 170 && bh >= 150) {
            return HEADER_FULL;
        }
        return bw >= 60 && bh >= 40 ? HEADER_COMPACT : 0;
    }

    static double padFor(double bw, double bh) {
        return Math.min(bw, bh) >= 60 ? 8 : 1;
    }

    /** {cols, rows, pitch} of the best grid for {@code n} cells in w × h. */
    static double[] bestCell(int n, double w, double h) {
        double[] best = {1, n, 0};
        if (w <= 0 || h <= 0) {
            return best;
        }
        for (int c = 1; c <= n; c++) {
            int r = (n + c - 1) / c;
            double pitch = Math.min(w / c, h / r);
            if (pitch > best[2]) {
                best[0] = c;
                best[1] = r;
                best[2] = pitch;
            }
        }
        return best;
    }

    // ---- node boxes ----

    double boxX(int rank) {
        return gridX + (rank % cols) * (boxW + gap);
    }

    double boxY(int rank) {
        return gridY + (rank / cols) * (boxH + gap);
    }

    /** The node rank whose box contains (x, y), or -1 (gaps, outside, past the last node). */
    int nodeRankAt(double x, double y) {
        double lx = x - gridX;
        double ly = y - gridY;
        if (lx < 0 || ly < 0 || lx >= gridW || ly >= gridH) {
            return -1;
        }
        int c = (int) (lx / (boxW + gap));
        int r = (int) (ly / (boxH + gap));
        if (c >= cols || lx - c * (boxW + gap) >= boxW || ly - r * (boxH + gap) >= boxH) {
            return -1;
        }
        int rank = r * cols + c;
        return rank < nodes ? rank : -1;
    }

    // ---- pod cells ----

    double podX(int rank, int slot) {
        return boxX(rank) + pad + (slot % podCols) * cell;
    }

    double podY(int rank, int slot) {
        return boxY(rank) + header + (slot / podCols) * cell;
    }

    /** Slots a node box shows; a node with more pods shows "+n". */
    int slots() {
        return podCols * podRows;
    }

    /** The pod slot of node {@code rank} under (x, y), or -1 (the caller checks it against the node's pod count). */
    int slotAt(int rank, double x, double y) {
        double lx = x - boxX(rank) - pad;
        double ly = y - boxY(rank) - header;
        if (lx < 0 || ly < 0) {
            return -1;
        }
        int c = (int) (lx / cell);
        int r = (int) (ly / cell);
        if (c >= podCols || r >= podRows) {
            return -1;
        }
        return r * podCols + c;
    }

    // ---- scheduler queue ----

    double queueX(int i) {
        return sideX + 8 + (i % queueCols) * QUEUE_CELL;
    }

    double queueY(int i) {
        return queueY + 40 + (i / queueCols) * QUEUE_CELL;
    }

    int queueSlots() {
        return queueCols * queueRows;
    }

    /** The queue position under (x, y), or -1. */
    int queueSlotAt(double x, double y) {
        double lx = x - sideX - 8;
        double ly = y - queueY - 40;
        if (lx < 0 || ly < 0) {
            return -1;
        }
        int c = (int) (lx / QUEUE_CELL);
        int r = (int) (ly / QUEUE_CELL);
        return c < queueCols && r < queueRows ? r * queueCols + c : -1;
    }

    /** Workload row under (x, y), rows of {@code rowH} below a title, or -1. */
    int workloadRowAt(double x, double y, double rowH) {
        double ly = y - workloadsY - 36;
        if (x < sideX || x >= sideX + sideW || ly < 0 || y >= workloadsY + workloadsH) {
            return -1;
        }
        return (int) (ly / rowH);
    }

    boolean sameShape(double w, double h, int n, int perNode) {
        return width == Math.max(320, w) && height == Math.max(240, h) && nodes == Math.max(0, n)
                && podsPerNode == Math.max(4, perNode);
    }
}

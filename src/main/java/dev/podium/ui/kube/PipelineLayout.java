package dev.podium.ui.kube;

/**
 * Where the reconcile tab's stages sit for a canvas size: seven boxes left to right (API server … workers) under
 * a title line, the return arc above them, and a bottom band with the delayed lane (left) and the results (right).
 * A canvas narrower than {@link #TWO_ROWS_BELOW} (the stage of a 1280-pixel window beside the gallery and the
 * narration) puts the stages in two rows, so that no label has to be squeezed.
 * Toolkit-free, immutable.
 */
final class PipelineLayout {
    private static final double[] SHARE = {0.10, 0.14, 0.11, 0.11, 0.11, 0.20, 0.23};
    /** Two rows: API server, reflector, DeltaFIFO, indexer above; handlers, workqueue, workers below. */
    private static final double[] SHARE_TOP = {0.27, 0.27, 0.23, 0.23};
    private static final double[] SHARE_BOTTOM = {0.30, 0.32, 0.38};
    /** Below this width the seven stages take two rows, so each box has room for its words at projector size. */
    static final double TWO_ROWS_BELOW = 1150;
    static final double TITLE_H = 64;
    static final double ARC_H = 56;
    static final double GAP = 18;

    /** Two rows: a stage box's least height, and the bottom band's (the delayed lane, what it saw → what it did). */
    private static final double TWO_ROW_BOX = 125;
    private static final double MIN_BAND = 130;
    private static final double MARGIN = 16;

    final double width;
    final double height;
    final boolean twoRows;
    final double[] x = new double[Stage.ALL.length];
    final double[] y = new double[Stage.ALL.length];
    final double[] w = new double[Stage.ALL.length];
    final double[] h = new double[Stage.ALL.length];

    PipelineLayout(double width, double height) {
        this.width = Math.max(480, width);
        this.height = Math.max(400, height);
        this.twoRows = this.width < TWO_ROWS_BELOW;
        double margin = MARGIN;
        double gap = GAP;
        double top = TITLE_H + ARC_H;
        double bandY;
        if (twoRows) {
            double rowH = Math.max(TWO_ROW_BOX, (this.height - top - margin - 2 * gap) * 0.32);
            row(0, 4, SHARE_TOP, margin, top, rowH);
            row(4, 3, SHARE_BOTTOM, margin, top + rowH + gap, rowH);
            bandY = top + 2 * rowH + 2 * gap;
        } else {
            double rowH = Math.max(200, (this.height - top) * 0.56);
            row(0, 7, SHARE, margin, top, rowH);
            bandY = top + rowH + gap;
        }
        double bandH = Math.max(90, this.height - bandY - margin);
        int d = Stage.DELAYED.ordinal();
        x[d] = margin;
        y[d] = bandY;
        w[d] = (this.width - 2 * margin) * (twoRows ? 0.48 : 0.38);
        h[d] = bandH;
        int r = Stage.RESULT.ordinal();
        x[r] = x[d] + w[d] + gap;
        y[r] = bandY;
        w[r] = this.width - margin - x[r];
        h[r] = bandH;
    }

    /**
     * The least canvas height at {@code width} in which the bottom band keeps room for its lines: a shorter stage
     * (two rows beside the gallery and the narration in a 1280×720 window) scrolls rather than cut the band off.
     */
    static double minHeight(double width) {
        return Math.max(480, width) < TWO_ROWS_BELOW
                ? TITLE_H + ARC_H + 2 * TWO_ROW_BOX + 2 * GAP + MIN_BAND + MARGIN
                : 400;
    }

    /** Places {@code count} stages from {@code first} side by side at {@code top}, sharing the width by {@code share}. */
    private void row(int first, int count, double[] share, double margin, double top, double rowH) {
        double usable = this.width - 2 * margin - (count - 1) * GAP;
        double cx = margin;
        for (int k = 0; k < count; k++) {
            int i = first + k;
            x[i] = cx;
            y[i] = top;
            w[i] = usable * share[k];
            h[i] = rowH;
            cx += w[i] + GAP;
        }
    }

    double cx(Stage s) {
        return x[s.ordinal()] + w[s.ordinal()] / 2;
    }

    double cy(Stage s) {
        return y[s.ordinal()] + h[s.ordinal()] / 2;
    }

    /** Where a key in flight between two stages is, progress 0–1: straight, except writes ride the arc on top. */
    double[] along(Stage from, Stage to, double t, boolean write) {
        double x0 = cx(from);
        double y0 = cy(from);
        double x1 = cx(to);
        double y1 = cy(to);
        if (write) { // result → API server along the return arc above the stages
            double topY = TITLE_H + ARC_H * 0.4;
            double px = x0 + (x1 - x0) * t;
            double py = t < 0.15 ? y0 + (topY - y0) * (t / 0.15)
                    : t > 0.85 ? topY + (cy(Stage.API) - topY) * ((t - 0.85) / 0.15) : topY;
            return new double[] {px, py};
        }
        if (from == Stage.WORKERS && (to == Stage.RESULT || to == Stage.DELAYED)) {
            // Keys leave the workers straight down, so they never cross the results panel's title: into the
            // results panel below its title, or along the gap above the bottom band to the delayed lane.
            int r = Stage.RESULT.ordinal();
            double gapY = y[r] - 9;
            if (to == Stage.RESULT) {
                return new double[] {x0, y0 + (y[r] + 70 - y0) * t};
            }
            return polyline(t, new double[] {x0, x0, x1, x1}, new double[] {y0, gapY, gapY, y1});
        }
        if (y[from.ordinal()] != y[to.ordinal()] && from.ordinal() <= Stage.WORKERS.ordinal()
                && to.ordinal() <= Stage.WORKERS.ordinal()) {
            // from one row of stages to the next: down through the gap between the rows, as the arrow goes
            double gapY = y[to.ordinal()] - GAP / 2;
            return polyline(t, new double[] {x0, x0, x1, x1}, new double[] {y0, gapY, gapY, y1});
        }
        return new double[] {x0 + (x1 - x0) * t, y0 + (y1 - y0) * t};
    }

    /** The point a fraction {@code t} of the way along the polyline through (xs[i], ys[i]). */
    static double[] polyline(double t, double[] xs, double[] ys) {
        double total = 0;
        for (int i = 1; i < xs.length; i++) {
            total += Math.hypot(xs[i] - xs[i - 1], ys[i] - ys[i - 1]);
        }
        double left = Math.max(0, Math.min(1, t)) * total;
        for (int i = 1; i < xs.length; i++) {
            double seg = Math.hypot(xs[i] - xs[i - 1], ys[i] - ys[i - 1]);
            if (left <= seg && seg > 0) {
                double f = left / seg;
                return new double[] {xs[i - 1] + (xs[i] - xs[i - 1]) * f, ys[i - 1] + (ys[i] - ys[i - 1]) * f};
            }
            left -= seg;
        }
        return new double[] {xs[xs.length - 1], ys[ys.length - 1]};
    }

    int stageAt(double px, double py) {
        for (Stage s : Stage.ALL) {
            int i = s.ordinal();
            if (px >= x[i] && px < x[i] + w[i] && py >= y[i] && py < y[i] + h[i]) {
                return i;
            }
        }
        return -1;
    }
}

package dev.podium.ui.gc;

/**
 * Where things go on the GC view's canvas, toolkit-free so it can be tested without JavaFX: the heap panel on top
 * (the region grid, region 0 at the top left and row by row, with the legend at its right), then the pause timeline
 * and the latency panel, which share a time axis and their left and right margins. Regions are square cells sized to
 * fill the grid area. Pure.
 */
final class GcLayout {
    /** A rectangle in canvas pixels. */
    record Rect(double x, double y, double w, double h) {
        boolean contains(double px, double py) {
            return px >= x && px < x + w && py >= y && py < y + h;
        }

        double right() {
            return x + w;
        }

        double bottom() {
            return y + h;
        }
    }

    static final double PAD = 14;
    static final double TITLE = 30;
    /** Room for the duration labels left of the plots. */
    static final double PLOT_LEFT = 80;
    static final double PLOT_RIGHT = 28;
    static final double AXIS_BELOW = 26;

    private final double width;
    private final double height;
    private final int regionCount;
    private final int columns;
    private final int rows;
    private final double cell;
    private final Rect grid;
    private final Rect legend;
    private final Rect pausePlot;
    private final Rect latencyPlot;
    private final double pauseTitleY;
    private final double latencyTitleY;

    GcLayout(double width, double height, int regionCount) {
        this.width = Math.max(320, width);
        this.height = Math.max(300, height);
        this.regionCount = Math.max(1, regionCount);
        double heapH = this.height * 0.44;
        double pauseH = this.height * 0.22;
        double latencyH = this.height - heapH - pauseH;

        double legendW = Math.min(300, Math.max(190, this.width * 0.24));
        double gridW = this.width - 2 * PAD - legendW - PAD;
        double gridH = heapH - TITLE - PAD;
        // As many columns as keep the cells square and as large as possible.
        int best = 1;
        double bestCell = 0;
        for (int c = 1; c <= this.regionCount; c++) {
            int r = (this.regionCount + c - 1) / c;
            double size = Math.min(gridW / c, gridH / r);
            if (size > bestCell) {
                bestCell = size;
                best = c;
            }
        }
        columns = best;
        rows = (this.regionCount + columns - 1) / columns;
        cell = Math.floor(bestCell * 4) / 4;
        grid = new Rect(PAD, TITLE, columns * cell, rows * cell);
        legend = new Rect(grid.right() + PAD * 2, TITLE, this.width - grid.right() - PAD * 3, gridH);

        pauseTitleY = heapH;
        pausePlot = new Rect(PLOT_LEFT, heapH + TITLE + 10, this.width - PLOT_LEFT - PLOT_RIGHT,
                pauseH - TITLE - 18);
        latencyTitleY = heapH + pauseH;
        latencyPlot = new Rect(PLOT_LEFT, latencyTitleY + TITLE + 10, this.width - PLOT_LEFT - PLOT_RIGHT,
                latencyH - TITLE - AXIS_BELOW - 14);
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    int regionCount() {
        return regionCount;
    }

    int columns() {
        return columns;
    }

    double cell() {
        return cell;
    }

    Rect grid() {
        return grid;
    }

    Rect legend() {
        return legend;
    }

    Rect pausePlot() {
        return pausePlot;
    }

    Rect latencyPlot() {
        return latencyPlot;
    }

    double pauseTitleY() {
        return pauseTitleY;
    }

    double latencyTitleY() {
        return latencyTitleY;
    }

    /** The cell of region {@code region}. */
    Rect cellOf(int region) {
        return new Rect(grid.x() + (region % columns) * cell, grid.y() + (region / columns) * cell, cell, cell);
    }

    /** The region under a point, or -1. */
    int regionAt(double x, double y) {
        if (!grid.contains(x, y) || cell <= 0) {
            return -1;
        }
        int c = (int) ((x - grid.x()) / cell);
        int r = (int) ((y - grid.y()) / cell);
        int region = r * columns + c;
        return c < columns && region < regionCount ? region : -1;
    }
}

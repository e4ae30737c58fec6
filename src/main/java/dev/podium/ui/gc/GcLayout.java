package dev.podium.ui.gc;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where things go on the GC view's canvas, toolkit-free so it can be tested without JavaFX. Each tab has its own:
 * {@link Mode#HEAP} puts the heap panel on top (the region grid, region 0 at the top left and row by row, with the
 * legend at its right), then the pause timeline and the latency panel; {@link Mode#TRENDS} puts the heap over time
 * where the grid was; both share one time axis and its left and right margins among their plots.
 * {@link Mode#HISTOGRAM} is one latency histogram. Regions are square cells sized to fill the grid area. A panel
 * whose title and legend do not fit on one line ({@link #wraps}: the view measures them) takes two (title, then its
 * legend). Pure.
 */
final class GcLayout {
    /** What the canvas shows: one per tab. */
    enum Mode { HEAP, TRENDS, HISTOGRAM }

    /** A panel with a title row and a legend in it. */
    enum Panel { TREND, PAUSES, LATENCY, HISTOGRAM }

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
    /** Below this width every panel's legend goes on a line of its own, unless the view measured otherwise. */
    static final double NARROW = 980;
    /**
     * The height the column right of the heap grid needs for the five kinds one under the other and the old
     * occupancy gauge with the marking threshold's label under them; a shorter column gets the kinds in a row of
     * {@link #LEGEND_ROW} under the heap's title instead, so the gauge keeps its room.
     */
    static final double LEGEND_COLUMN = 10 + 5 * 24 + 5 + 56;
    static final double LEGEND_ROW = 28;
    /**
     * The least height of the column right of the grid when it holds the occupancy gauge alone: its label, the bar
     * and the marking threshold's label on two lines (HeapGridPainter leaves the gauge out, or that label on one line
     * cut, below this).
     */
    static final double GAUGE_HEIGHT = 74;
    /** The width of the column right of the grid when it holds the occupancy gauge alone. */
    static final double GAUGE_COLUMN = 240;
    /**
     * The least heights of the plots, below which they stop being read from the back of a room: the latency plot
     * keeps three decades 20 px apart and its lines apart, the pause plot its bars over the goal line with the goal's
     * label inside it, the heap over time its saw-tooth. A canvas too short for them all is not squeezed:
     * {@link #minHeight} is what the view gives it, scrolling the rest.
     */
    static final double MIN_LATENCY_PLOT = 60;
    static final double MIN_PAUSE_PLOT = 40;
    static final double MIN_TREND_PLOT = 60;
    static final double MIN_HISTOGRAM_PLOT = 120;
    /** The least height of the heap tab's heap panel: title, the row of kinds, the grid beside the gauge. */
    static final double MIN_HEAP_PANEL = TITLE + LEGEND_ROW + GAUGE_HEIGHT + PAD;

    private final double width;
    private final double askedHeight;
    private final double height;
    private final int regionCount;
    private final int columns;
    private final int rows;
    private final double cell;
    private final Rect grid;
    private final Rect legend;
    private final boolean legendInRow;
    private final Rect pausePlot;
    private final Rect latencyPlot;
    private final double pauseTitleY;
    private final double latencyTitleY;
    private final Mode mode;
    private final Set<Panel> wrapped;
    private final Rect trendPlot;
    private final Rect histogramPlot;

    GcLayout(double width, double height, int regionCount) {
        this(Mode.HEAP, width, height, regionCount);
    }

    GcLayout(Mode mode, double width, double height, int regionCount) {
        this(mode, width, height, regionCount, wrappedBelowNarrow(width));
    }

    /** {@code wrapped}: the panels whose legend takes a line of its own under the title. */
    GcLayout(Mode mode, double width, double height, int regionCount, Set<Panel> wrapped) {
        this.mode = mode;
        this.wrapped = wrapped.isEmpty() ? EnumSet.noneOf(Panel.class) : EnumSet.copyOf(wrapped);
        this.width = Math.max(320, width);
        this.askedHeight = height;
        this.regionCount = Math.max(1, regionCount);
        this.height = Math.max(height, minHeight(mode, this.width, this.wrapped));
        double trendTitle = title(this.wrapped, Panel.TREND);
        double pauseTitle = title(this.wrapped, Panel.PAUSES);
        double latencyTitle = title(this.wrapped, Panel.LATENCY);
        double histogramTitle = title(this.wrapped, Panel.HISTOGRAM);
        double heapH = this.height * (mode == Mode.TRENDS ? 0.34 : this.width < NARROW ? 0.40 : 0.44);
        // a short canvas (a world beside another, Chinese type's taller header) keeps the grid and the gauge beside it
        // readable, or the heap over time
        heapH = Math.max(heapH, heapPanel(mode, trendTitle));
        double pauseH = Math.max(this.height * (mode == Mode.TRENDS ? 0.28 : this.width < NARROW ? 0.25 : 0.22),
                pausePanel(pauseTitle));
        // the latency plot keeps its least height: the heap panel gives up what it lacks, down to its own least,
        // then the pause panel
        double lacking = latencyPanel(latencyTitle) - (this.height - heapH - pauseH);
        if (lacking > 0) {
            double fromHeap = Math.min(lacking, heapH - heapPanel(mode, trendTitle));
            heapH -= fromHeap;
            pauseH -= Math.min(lacking - fromHeap, pauseH - pausePanel(pauseTitle));
        }
        double latencyH = this.height - heapH - pauseH;
        trendPlot = new Rect(PLOT_LEFT, trendTitle + 6, this.width - PLOT_LEFT - PLOT_RIGHT,
                heapH - trendTitle - 16);
        histogramPlot = new Rect(PLOT_LEFT, histogramTitle + 10, this.width - PLOT_LEFT - PLOT_RIGHT,
                this.height - histogramTitle - 10 - AXIS_BELOW - 30);

        double gridH = heapH - TITLE - PAD;
        legendInRow = gridH < LEGEND_COLUMN;
        // the column then holds the gauge alone, but its label ("concurrent marking…", IHOP's) wants the width
        double legendW = Math.min(300, Math.max(legendInRow ? GAUGE_COLUMN : 190, this.width * 0.24));
        double gridW = this.width - 2 * PAD - legendW - PAD;
        double gridTop = legendInRow ? TITLE + LEGEND_ROW : TITLE;
        gridH -= gridTop - TITLE;
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
        grid = new Rect(PAD, gridTop, columns * cell, rows * cell);
        legend = new Rect(grid.right() + PAD * 2, gridTop, this.width - grid.right() - PAD * 3, gridH);

        pauseTitleY = heapH;
        pausePlot = new Rect(PLOT_LEFT, heapH + pauseTitle + 6, this.width - PLOT_LEFT - PLOT_RIGHT,
                pauseH - pauseTitle - 12);
        latencyTitleY = heapH + pauseH;
        latencyPlot = new Rect(PLOT_LEFT, latencyTitleY + latencyTitle + 6, this.width - PLOT_LEFT - PLOT_RIGHT,
                latencyH - latencyTitle - 6 - AXIS_BELOW - 4);
    }

    /**
     * The least canvas height at which every plot of {@code mode} keeps its least height ({@link #MIN_LATENCY_PLOT}
     * and the others) at {@code width}; a layout for a shorter canvas is laid out at this height.
     */
    static double minHeight(Mode mode, double width) {
        return minHeight(mode, width, wrappedBelowNarrow(width));
    }

    /** The least canvas height of {@code mode} when the panels in {@code wrapped} take two lines for their titles. */
    static double minHeight(Mode mode, double width, Set<Panel> wrapped) {
        double least = mode == Mode.HISTOGRAM
                ? title(wrapped, Panel.HISTOGRAM) + 10 + MIN_HISTOGRAM_PLOT + AXIS_BELOW + 30
                : heapPanel(mode, title(wrapped, Panel.TREND)) + pausePanel(title(wrapped, Panel.PAUSES))
                + latencyPanel(title(wrapped, Panel.LATENCY));
        return Math.max(300, least);
    }

    /** Every panel wrapped below {@link #NARROW}, none above: the rule when nothing was measured. */
    static Set<Panel> wrappedBelowNarrow(double width) {
        return Math.max(320, width) < NARROW ? EnumSet.allOf(Panel.class) : EnumSet.noneOf(Panel.class);
    }

    private static double title(Set<Panel> wrapped, Panel panel) {
        return wrapped.contains(panel) ? TITLE + 20 : TITLE;
    }

    private static double heapPanel(Mode mode, double title) {
        return mode == Mode.TRENDS ? title + 16 + MIN_TREND_PLOT : MIN_HEAP_PANEL;
    }

    private static double pausePanel(double title) {
        return title + 12 + MIN_PAUSE_PLOT;
    }

    private static double latencyPanel(double title) {
        return title + 6 + MIN_LATENCY_PLOT + AXIS_BELOW + 4;
    }

    Mode mode() {
        return mode;
    }

    /** The height of {@code panel}'s title row: one line, or two (title, then legend) when it {@link #wraps}. */
    double title(Panel panel) {
        return title(wrapped, panel);
    }

    /** Whether {@code panel}'s legend goes on a line of its own under its title. */
    boolean wraps(Panel panel) {
        return wrapped.contains(panel);
    }

    /**
     * Whether the region kinds go in a row under the heap's title ({@link #legendRowY}) because the column right of
     * the grid is too short for them and the occupancy gauge; the column ({@link #legend}) then holds the gauge.
     */
    boolean legendInRow() {
        return legendInRow;
    }

    /** The middle of the row of region kinds when {@link #legendInRow}. */
    double legendRowY() {
        return TITLE + LEGEND_ROW / 2;
    }

    /** The heap-over-time plot of {@link Mode#TRENDS}. */
    Rect trendPlot() {
        return trendPlot;
    }

    /** The latency histogram of {@link Mode#HISTOGRAM}. */
    Rect histogramPlot() {
        return histogramPlot;
    }

    double width() {
        return width;
    }

    /** The height laid out: the canvas's, or {@link #minHeight} when the canvas is shorter. */
    double height() {
        return height;
    }

    /** Whether this layout is the one for a canvas of this mode, size and region count (a frame's cache check). */
    boolean fits(Mode mode, double width, double height, int regionCount, Set<Panel> wrapped) {
        return this.mode == mode && this.width == Math.max(320, width) && askedHeight == height
                && this.regionCount == Math.max(1, regionCount) && this.wrapped.equals(wrapped);
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
        if (mode != Mode.HEAP || !grid.contains(x, y) || cell <= 0) {
            return -1;
        }
        int c = (int) ((x - grid.x()) / cell);
        int r = (int) ((y - grid.y()) / cell);
        int region = r * columns + c;
        return c < columns && region < regionCount ? region : -1;
    }
}

package dev.podium.ui.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The GC view's geometry, without a toolkit: cells, hit-testing, the shared time axis and the log scale. */
class GcLayoutTest {

    @Test
    void everyRegionHasASquareCellAndIsFoundAtItsCentre() {
        GcLayout layout = new GcLayout(1100, 720, 2048);
        assertTrue(layout.cell() >= 8, "readable cells: " + layout.cell());
        for (int r = 0; r < 2048; r += 7) {
            GcLayout.Rect cell = layout.cellOf(r);
            assertEquals(cell.w(), cell.h());
            assertEquals(r, layout.regionAt(cell.x() + cell.w() / 2, cell.y() + cell.h() / 2));
        }
        GcLayout.Rect grid = layout.grid();
        assertTrue(grid.right() < layout.legend().x(), "the legend sits right of the grid");
        assertTrue(grid.bottom() <= layout.pauseTitleY(), "the grid stays in its panel");
        assertEquals(-1, layout.regionAt(grid.right() + 5, grid.y() + 5));
    }

    /**
     * gc-liveness-restart at 1280×720 in Chinese: the GC world's own tab leaves a 598×317 canvas, whose heap panel
     * once gave the column beside the grid 55 px, too little for the old occupancy gauge (it was left out).
     */
    @Test
    void aShortCanvasStillGivesTheGaugeItsRoomBesideTheGrid() {
        for (double h : new double[] {317, 372, 413}) {
            GcLayout layout = new GcLayout(598, h, 2048);
            assertTrue(layout.legendInRow(), h + ": the kinds go in a row");
            assertTrue(layout.legend().h() >= GcLayout.GAUGE_HEIGHT, h + ": column " + layout.legend().h());
            assertTrue(layout.grid().h() >= 50, h + ": grid " + layout.grid().h());
            assertTrue(layout.grid().bottom() <= layout.pauseTitleY(), h + ": the grid stays in its panel");
            assertTrue(layout.latencyPlot().h() >= GcLayout.MIN_LATENCY_PLOT, h + ": latency plot "
                    + layout.latencyPlot().h());
            assertTrue(layout.pausePlot().h() >= GcLayout.MIN_PAUSE_PLOT, h + ": pause plot "
                    + layout.pausePlot().h());
            assertTrue(layout.latencyPlot().bottom() + GcLayout.AXIS_BELOW <= layout.height(), h + ": axis fits");
        }
    }

    /**
     * A canvas shorter than the plots' least heights is laid out at {@link GcLayout#minHeight} (the view scrolls it)
     * rather than crushed: once the latency plot of gc-liveness-restart's GC tab in Chinese was 6 px high.
     */
    @Test
    void aCanvasTooShortForThePlotsIsLaidOutAtTheLeastHeight() {
        for (GcLayout.Mode mode : GcLayout.Mode.values()) {
            for (double w : new double[] {598, 1200}) {
                double least = GcLayout.minHeight(mode, w);
                GcLayout layout = new GcLayout(mode, w, 240, 2048);
                assertEquals(least, layout.height(), 1e-9, mode + " " + w);
                GcLayout tall = new GcLayout(mode, w, least + 200, 2048);
                assertEquals(least + 200, tall.height(), 1e-9, "a tall canvas is laid out at its own height");
                for (GcLayout l : new GcLayout[] {layout, tall}) {
                    if (mode == GcLayout.Mode.HISTOGRAM) {
                        assertTrue(l.histogramPlot().h() >= GcLayout.MIN_HISTOGRAM_PLOT - 1e-9);
                        continue;
                    }
                    assertTrue(l.latencyPlot().h() >= GcLayout.MIN_LATENCY_PLOT - 1e-9, mode + " " + w);
                    assertTrue(l.pausePlot().h() >= GcLayout.MIN_PAUSE_PLOT - 1e-9, mode + " " + w);
                    assertTrue(l.pausePlot().bottom() < l.latencyTitleY(), mode + " " + w);
                    if (mode == GcLayout.Mode.TRENDS) {
                        assertTrue(l.trendPlot().h() >= GcLayout.MIN_TREND_PLOT - 1e-9, mode + " " + w);
                    } else {
                        assertTrue(l.grid().bottom() <= l.pauseTitleY(), mode + " " + w + ": grid in its panel");
                    }
                }
            }
        }
    }

    /** A panel whose legend fits beside its title keeps that line's height for its plot, and needs less canvas. */
    @Test
    void aLegendBesideItsTitleLeavesThePlotTheLineItWouldHaveTaken() {
        java.util.Set<GcLayout.Panel> all = java.util.EnumSet.allOf(GcLayout.Panel.class);
        java.util.Set<GcLayout.Panel> pausesOnly = java.util.EnumSet.of(GcLayout.Panel.PAUSES);
        assertEquals(GcLayout.minHeight(GcLayout.Mode.HEAP, 598, all) - 20,
                GcLayout.minHeight(GcLayout.Mode.HEAP, 598, pausesOnly), 1e-9);
        GcLayout wrapped = new GcLayout(GcLayout.Mode.HEAP, 598, 320, 2048, all);
        GcLayout oneLine = new GcLayout(GcLayout.Mode.HEAP, 598, 320, 2048, pausesOnly);
        assertEquals(wrapped.latencyTitleY() + GcLayout.TITLE + 20 + 6, wrapped.latencyPlot().y(), 1e-9);
        assertEquals(oneLine.latencyTitleY() + GcLayout.TITLE + 6, oneLine.latencyPlot().y(), 1e-9);
        assertTrue(oneLine.height() < wrapped.height(), "the one-line title needs less canvas");
        assertTrue(oneLine.wraps(GcLayout.Panel.PAUSES) && !oneLine.wraps(GcLayout.Panel.LATENCY));
    }

    /** The goal's label stays inside the pause plot: above its line, or under it when the line runs at the top. */
    @Test
    void theGoalLabelStaysInsideThePausePlot() {
        GcLayout.Rect plot = new GcLayout.Rect(80, 200, 500, GcLayout.MIN_PAUSE_PLOT);
        for (double goalY = plot.y(); goalY <= plot.bottom(); goalY += 2) {
            double bottom = PausePainter.goalLabelBottom(plot, goalY);
            assertTrue(bottom - 17 >= plot.y() && bottom <= plot.bottom(), "goal at " + goalY + ": " + bottom);
        }
    }

    @Test
    void thePauseAndLatencyPlotsShareTheirHorizontalExtent() {
        GcLayout layout = new GcLayout(1280, 800, 512);
        assertEquals(layout.pausePlot().x(), layout.latencyPlot().x());
        assertEquals(layout.pausePlot().w(), layout.latencyPlot().w());
        assertTrue(layout.pausePlot().bottom() < layout.latencyPlot().y());
    }

    @Test
    void theTrendsTabPutsTheHeapOverTimeOnTheSameExtentAsThePausesAndLatency() {
        GcLayout layout = new GcLayout(GcLayout.Mode.TRENDS, 600, 440, 2048);
        assertEquals(layout.pausePlot().x(), layout.trendPlot().x());
        assertEquals(layout.pausePlot().w(), layout.trendPlot().w());
        assertTrue(layout.trendPlot().bottom() < layout.pauseTitleY(), "the heap plot ends above the pause title");
        assertTrue(layout.pausePlot().bottom() < layout.latencyTitleY());
        assertTrue(layout.latencyPlot().bottom() + GcLayout.AXIS_BELOW <= 440);
        assertTrue(layout.wraps(GcLayout.Panel.PAUSES), "at 600 px the legends go under the titles");
        assertTrue(layout.pausePlot().h() >= 50, "a readable pause plot: " + layout.pausePlot().h());
        assertEquals(-1, layout.regionAt(layout.cellOf(0).x() + 1, layout.cellOf(0).y() + 1), "no grid to pick");
        assertFalse(new GcLayout(GcLayout.Mode.HEAP, 1200, 800, 512).wraps(GcLayout.Panel.PAUSES));
    }

    @Test
    void theHistogramFillsItsTabAndLeavesRoomForTheAxisAndTheQueue() {
        GcLayout layout = new GcLayout(GcLayout.Mode.HISTOGRAM, 600, 440, 2048);
        GcLayout.Rect plot = layout.histogramPlot();
        assertTrue(plot.y() >= layout.title(GcLayout.Panel.HISTOGRAM));
        assertTrue(plot.bottom() + GcLayout.AXIS_BELOW + 24 <= 440, "axis labels and 'N still queued' fit below");
        assertTrue(plot.h() > 250);
    }

    @Test
    void theAllocationRateIsTheLastClimbBetweenCollections() {
        dev.podium.world.gc.GcState s = foldPauses();
        // after GC at 1.02 s: 100 MB; at 2 s: 300 MB used → 200 MB in 0.98 s
        long rate = HeapTrendPainter.allocationRate(s.heapTrend(), 300L << 20, 2_000_000_000L);
        assertEquals((200L << 20) * 1e9 / 980_000_000L, rate, 1);
        assertEquals(-1, HeapTrendPainter.allocationRate(s.heapTrend(), 0, 500_000_000L), "no collection yet");
        // 10 ms after the pause the climb is too short to measure, and there is none before it
        long early = HeapTrendPainter.allocationRate(s.heapTrend(), 101L << 20, 1_030_000_000L);
        assertEquals(-1, early, "before the first pause there was no completed climb from an after-GC point");
    }

    private static dev.podium.world.gc.GcState foldPauses() {
        dev.podium.world.gc.GcProjection projection = new dev.podium.world.gc.GcProjection();
        dev.podium.world.gc.GcState s = projection.initial();
        long mb = 1L << 20;
        projection.apply(s, new dev.podium.world.gc.GcPauseStarted(1_000_000_000L, 0,
                dev.podium.world.gc.PauseKind.YOUNG, dev.podium.world.gc.GcCause.EVACUATION, 300 * mb, 1, 0));
        projection.apply(s, new dev.podium.world.gc.GcPauseEnded(1_020_000_000L, 0,
                dev.podium.world.gc.PauseKind.YOUNG, dev.podium.world.gc.GcCause.EVACUATION, 300 * mb, 100 * mb,
                1024 * mb, 20_000_000L, 0, 0, false, 10, 15, ""));
        return s;
    }

    @Test
    void theTimeAxisRoundsUpAndMapsBothWays() {
        TimeAxis axis = TimeAxis.of(83_000_000_000L, 10_000_000_000L, 80, 1000);
        assertTrue(axis.xMaxNanos() >= 83_000_000_000L);
        assertEquals(0, axis.xMaxNanos() % axis.stepNanos());
        assertEquals(80, axis.x(0));
        long t = 41_000_000_000L;
        assertEquals(t, axis.timeAt(axis.x(t)), axis.xMaxNanos() / 1000.0);
        assertEquals(10_000_000_000L, TimeAxis.of(1, 10_000_000_000L, 0, 1000).xMaxNanos());
    }

    @Test
    void theLogScalePutsEachDecadeAnEqualStepApart() {
        LogScale scale = LogScale.upTo(2_100_000_000L, 1_000_000L, 100, 400);
        assertEquals(10_000_000_000L, scale.hiNanos());
        assertEquals(5, scale.ticks().length, "1 ms, 10 ms, 100 ms, 1 s, 10 s");
        assertEquals(500, scale.y(1_000_000L), 1e-9);
        assertEquals(100, scale.y(10_000_000_000L), 1e-9);
        assertEquals(400, scale.y(10_000_000L), 1e-9);
        assertEquals(500, scale.y(1), 1e-9, "below the axis is clamped to it");
    }

    @Test
    void sizesReadAsTheJvmLogsWriteThem() {
        assertEquals("2 MB", GcFigures.bytes(2L << 20));
        assertEquals("3.6 GB", GcFigures.bytes(3_865_470_566L));
        assertEquals("512 KB", GcFigures.bytes(512 * 1024));
        assertEquals("0 B", GcFigures.bytes(0));
        assertEquals("500", GcFigures.perSecond(2_000_000));
        assertEquals("0.5", GcFigures.perSecond(2_000_000_000L));
    }
}

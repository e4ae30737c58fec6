package dev.podium.ui.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    @Test
    void thePauseAndLatencyPlotsShareTheirHorizontalExtent() {
        GcLayout layout = new GcLayout(1280, 800, 512);
        assertEquals(layout.pausePlot().x(), layout.latencyPlot().x());
        assertEquals(layout.pausePlot().w(), layout.latencyPlot().w());
        assertTrue(layout.pausePlot().bottom() < layout.latencyPlot().y());
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

package dev.podium.ui.kube;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.timeline.Timeline;
import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The first render of a dense cluster (a live sync's 5,000 pods on 20 nodes) is spread over pulses: the first frame
 * repaints only a share of the grid's tiles, each later pulse another share, and once none waits the picture is the
 * one a view that paints everything at once shows, cell for cell. The pulses are driven by hand inside one FX task,
 * so the raster's own pulse timer cannot run in between; the share is set small so that any window size spreads it.
 */
@ExtendWith(ApplicationExtension.class)
class ChunkedFirstRenderTest {
    private static final long S = KubeScenarios.S;

    /** Fewer than the grid's tiles at any window size the test may get, so the paint must spread. */
    private static final int TILES_PER_PULSE = 4;
    private KubeView chunked;
    private KubeView whole;

    @Start
    void start(Stage stage) {
        chunked = new KubeView();
        whole = new KubeView();
        Timeline sync = KubeScenarios.dense(20, 250, 30);
        chunked.bind(sync);
        whole.bind(sync);
        Region a = (Region) chunked.node();
        Region b = (Region) whole.node();
        a.setPrefSize(640, 760);
        b.setPrefSize(640, 760);
        stage.setScene(new Scene(new HBox(a, b), 1280, 760));
        stage.show();
    }

    /**
     * The views at their size before they first draw (the stage may not have had its layout pulse yet); one spreads
     * its repaints over pulses, the other paints everything at once.
     */
    private void prepare() {
        javafx.scene.Parent root = chunked.node().getScene().getRoot();
        root.applyCss();
        root.layout();
        chunked.clusterPane().raster().wholeTilesPerPulse(TILES_PER_PULSE);
        whole.clusterPane().raster().wholeTilesPerPulse(Integer.MAX_VALUE);
    }

    @Test
    void theFirstRenderIsSpreadOverPulsesAndEndsWithEveryPodShown(FxRobot robot) {
        robot.interact(() -> {
            CellRaster lazy = chunked.clusterPane().raster();
            CellRaster eager = whole.clusterPane().raster();
            prepare();
            whole.render(5 * S);
            assertFalse(eager.waiting(), "painted at once");

            chunked.render(5 * S);
            assertEquals(ClusterLayout.Detail.CELLS, chunked.clusterPane().clusterLayout().detail);
            assertEquals(whole.clusterPane().clusterLayout().width, chunked.clusterPane().clusterLayout().width);
            assertTrue(lazy.waiting(), "the first pulse painted only part of the grid");
            int pulses = 1;
            boolean more = true;
            while (more) {
                more = lazy.paintWaiting();
                pulses++;
                assertTrue(pulses < 100, "the waiting tiles run out");
            }
            assertTrue(pulses >= 2, "spread over pulses: " + pulses);
            int[] picture = lazy.picture();
            assertArrayEquals(eager.picture(), picture, "every pod shown, as painted at once");
            int bg = picture[0];
            int differs = 0;
            for (int px : picture) {
                differs += px != bg ? 1 : 0;
            }
            assertTrue(differs > 5_000, "the grid holds node boxes and cells, not just background: " + differs);
        });
    }

    @Test
    void cellsChangedWhileTilesWaitAreShownWhenTheirTileIsPainted(FxRobot robot) {
        robot.interact(() -> {
            CellRaster lazy = chunked.clusterPane().raster();
            CellRaster eager = whole.clusterPane().raster();
            prepare();
            chunked.render(5 * S);
            assertTrue(lazy.waiting());
            chunked.render(20 * S); // the churn from 10 s on changes pods in tiles that still wait, and in others
            while (lazy.paintWaiting()) {
                // pulses
            }
            whole.render(20 * S);
            assertArrayEquals(eager.picture(), lazy.picture());
        });
    }
}

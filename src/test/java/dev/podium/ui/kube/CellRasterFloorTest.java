package dev.podium.ui.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The dense level's tiles lie on an opaque floor that reaches past them on every side, so a frame's dirty region
 * over the grid is painted from the floor up (no clearing and refilling the backgrounds beneath), and the tiles are
 * drawn unsmoothed at whole pixels; the grid on screen is still exactly the raster's picture.
 */
@ExtendWith(ApplicationExtension.class)
class CellRasterFloorTest {
    private static final long S = KubeScenarios.S;
    private KubeView view;

    @Start
    void start(Stage stage) {
        view = new KubeView();
        view.bind(KubeScenarios.dense(20, 250, 30));
        Region r = (Region) view.node();
        r.setPrefSize(900, 700);
        stage.setScene(new Scene(r, 900, 700));
        stage.show();
    }

    @Test
    void theTilesLieOnAnOpaqueFloorWiderThanTheGridAndShowTheRasterExactly(FxRobot robot) {
        robot.interact(() -> {
            view.node().getScene().getRoot().applyCss();
            view.node().getScene().getRoot().layout();
            CellRaster raster = view.clusterPane().raster();
            raster.wholeTilesPerPulse(Integer.MAX_VALUE);
            view.render(20 * S);
            assertFalse(raster.waiting());
            Group group = (Group) raster.node();
            assertSame(raster.floor(), group.getChildren().get(0), "the floor is under every tile");
            Color fill = (Color) raster.floor().getFill();
            assertTrue(fill.isOpaque() && raster.floor().isVisible());
            Bounds tiles = null;
            for (Node n : group.getChildren().subList(1, group.getChildren().size())) {
                ImageView tile = (ImageView) n;
                assertFalse(tile.isSmooth(), "tiles are drawn 1:1, unsmoothed");
                Bounds b = tile.getBoundsInParent();
                tiles = tiles == null ? b : new javafx.geometry.BoundingBox(Math.min(tiles.getMinX(), b.getMinX()),
                        Math.min(tiles.getMinY(), b.getMinY()),
                        Math.max(tiles.getMaxX(), b.getMaxX()) - Math.min(tiles.getMinX(), b.getMinX()),
                        Math.max(tiles.getMaxY(), b.getMaxY()) - Math.min(tiles.getMinY(), b.getMinY()));
            }
            Bounds floor = raster.floor().getBoundsInParent();
            assertTrue(floor.getMinX() < tiles.getMinX() && floor.getMinY() < tiles.getMinY()
                    && floor.getMaxX() > tiles.getMaxX() && floor.getMaxY() > tiles.getMaxY(),
                    "the floor reaches past the tiles: " + floor + " around " + tiles);

            int gw = (int) tiles.getWidth();
            int gh = (int) tiles.getHeight();
            int[] picture = raster.picture();
            assertEquals(gw * gh, picture.length);
            WritableImage shot = group.snapshot(null, null);
            PixelReader px = shot.getPixelReader();
            int dx = (int) Math.round(tiles.getMinX() - floor.getMinX());
            int dy = (int) Math.round(tiles.getMinY() - floor.getMinY());
            int ring = px.getArgb(0, 0);
            assertEquals(KubePalette.argb(fill), ring, "the ring shows the stage colour, as the pane around it");
            for (int y = 0; y < gh; y++) {
                for (int x = 0; x < gw; x++) {
                    if (px.getArgb(x + dx, y + dy) != picture[y * gw + x]) {
                        throw new AssertionError("pixel " + x + "," + y + " on screen differs from the raster");
                    }
                }
            }
        });
    }
}

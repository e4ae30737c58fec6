package dev.podium.ui.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.ui.common.CanvasFonts;
import dev.podium.ui.common.ViewText;
import java.util.Arrays;
import javafx.scene.text.Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The legend's text widths are measured once per font and shape of text: during a live cluster's sync the counts
 * change every frame, and measuring each label again each frame (for every font size tried) cost the FX thread.
 */
@ExtendWith(ApplicationExtension.class)
class PodLegendTest {
    private final ViewText text = new ViewText("dev.podium.ui.kube.view");

    @Test
    void countsOfTheSameLengthAreNotMeasuredAgain(FxRobot robot) {
        robot.interact(() -> {
            PodLegend legend = new PodLegend(new CanvasFonts());
            int[] totals = new int[PodStatus.values().length];
            Arrays.fill(totals, 1234);
            int rows = legend.rows(900, 15, totals, text);
            int first = legend.measured();
            assertTrue(first > 0);

            Arrays.fill(totals, 4321);
            assertEquals(rows, legend.rows(900, 15, totals, text));
            assertEquals(first, legend.measured(), "other counts of as many digits: nothing measured again");

            Arrays.fill(totals, 12345);
            legend.rows(900, 15, totals, text);
            assertTrue(legend.measured() > first, "a count with one digit more is another width");
        });
    }

    @Test
    void aWidthIsThatOfTheTextWithItsDigitsAsZeros(FxRobot robot) {
        robot.interact(() -> {
            CanvasFonts fonts = new CanvasFonts();
            PodLegend legend = new PodLegend(fonts);
            Font font = fonts.regular(15);
            assertEquals(fonts.width("Running 0000", font), legend.width("Running 4237", font), 1e-9);
            assertEquals(fonts.width("Pending", font), legend.width("Pending", font), 1e-9);
            assertEquals(fonts.width("Running 4237", font), legend.width("Running 4237", font), 1.0,
                    "digits are about as wide as zeros");
        });
    }
}

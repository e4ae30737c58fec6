package dev.podium.ui.goruntime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Where the source panel scrolls to for the followed line: always in view, without history, half a page a step. */
class CodeScrollTest {
    @Test
    void theFollowedLineIsAlwaysShownAndTheTopOnlyMovesForwardWithIt() {
        for (int count = 1; count <= 90; count++) {
            for (int visible = 1; visible <= 30; visible++) {
                int previous = 0;
                for (int focus = 1; focus <= count; focus++) {
                    int top = CodePainter.scrollTop(focus, visible, count);
                    String where = "line " + focus + " of " + count + ", " + visible + " visible: top " + top;
                    assertTrue(top >= 0 && top <= Math.max(0, count - visible), where);
                    assertTrue(focus - 1 >= top && focus - 1 < top + visible, where);
                    assertTrue(top >= previous, where + " went back from " + previous);
                    previous = top;
                }
            }
        }
    }

    @Test
    void steppingThroughNearbyLinesDoesNotScrollAndNoFocusShowsTheTop() {
        assertEquals(0, CodePainter.scrollTop(0, 20, 100));
        int top = CodePainter.scrollTop(40, 20, 100);
        assertEquals(top, CodePainter.scrollTop(41, 20, 100));
        assertEquals(top, CodePainter.scrollTop(44, 20, 100));
        assertTrue(40 - 1 - top >= 5, "the followed line is not at the very top: top " + top);
    }
}

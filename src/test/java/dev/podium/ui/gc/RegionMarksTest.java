package dev.podium.ui.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.world.gc.RegionKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Region kinds are told apart without colour (issue 11 item 5): each kind has a mark of its own, the marks are drawn
 * inside their cell, and a patch of small cells (the 3 px of a 2048-region heap on a short canvas) still shows them.
 */
class RegionMarksTest {

    @Test
    void everyKindHasAMarkOfItsOwnAndOnlyFreeIsEmpty() {
        Set<RegionMarks.Mark> seen = EnumSet.noneOf(RegionMarks.Mark.class);
        for (RegionKind kind : RegionKind.values()) {
            assertTrue(seen.add(RegionMarks.of(kind)), kind + " shares its mark");
            List<RegionMarks.Shape> shapes = RegionMarks.shapes(RegionMarks.of(kind), 100, 40, 16);
            assertEquals(kind == RegionKind.FREE, shapes.isEmpty(), kind + ": " + shapes);
        }
        assertEquals(RegionMarks.Mark.NONE, RegionMarks.of(null), "an unknown kind is drawn plain, not a crash");
    }

    @Test
    void marksStayInsideTheirCell() {
        for (RegionMarks.Mark mark : RegionMarks.Mark.values()) {
            for (double size : new double[] {3, 5.75, 9.25, 16}) {
                for (double x = 10; x < 22; x += 1.25) {
                    double y = x * 1.7;
                    for (RegionMarks.Shape s : RegionMarks.shapes(mark, x, y, size)) {
                        String where = mark + " " + size + " at " + x + "," + y + ": " + s;
                        assertInside(s.x1(), s.y1(), x, y, size, where);
                        if (!s.dot()) {
                            assertInside(s.x2(), s.y2(), x, y, size, where);
                        }
                    }
                }
            }
        }
    }

    @Test
    void aPatchOfTinyCellsStillShowsEveryMark() {
        double cell = 3; // 2048 regions beside the gauge on gc-liveness-restart's GC tab
        for (RegionKind kind : RegionKind.values()) {
            int shapes = 0;
            for (int r = 0; r < 4; r++) {
                for (int c = 0; c < 4; c++) {
                    shapes += RegionMarks.shapes(RegionMarks.of(kind), 14 + c * cell, 58 + r * cell, cell).size();
                }
            }
            if (kind == RegionKind.FREE) {
                assertEquals(0, shapes);
            } else {
                assertTrue(shapes >= 2, kind + " shows " + shapes + " marks on a 12 px patch");
            }
        }
        assertFalse(RegionMarks.shapes(RegionMarks.Mark.CROSS, 0, 0, 12).stream().allMatch(s -> s.y2() < s.y1()),
                "humongous crosses old's rising hatch with falling lines");
    }

    private static void assertInside(double px, double py, double x, double y, double size, String where) {
        assertTrue(px >= x - 1e-9 && px <= x + size + 1e-9 && py >= y - 1e-9 && py <= y + size + 1e-9, where);
    }
}

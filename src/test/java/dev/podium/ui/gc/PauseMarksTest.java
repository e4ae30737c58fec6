package dev.podium.ui.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.world.gc.PauseKind;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each pause family the JVM legend shows is told apart by its mark as well as its colour. */
class PauseMarksTest {

    @Test
    void everyFamilyHasAMarkOfItsOwn() {
        Set<PauseMarks.Mark> seen = EnumSet.noneOf(PauseMarks.Mark.class);
        for (PauseKind.Family family : PauseKind.Family.values()) {
            assertTrue(seen.add(PauseMarks.of(family)), family + " shares its mark with another family");
        }
        assertEquals(PauseMarks.Mark.NONE, PauseMarks.of(PauseKind.Family.YOUNG), "young pauses, the common ones");
        assertEquals(PauseMarks.Mark.CROSS, PauseMarks.of(PauseKind.FULL));
        assertEquals(PauseMarks.Mark.TRIANGLE, PauseMarks.of(PauseKind.MIXED));
        assertEquals(PauseMarks.Mark.DIAMOND, PauseMarks.of(PauseKind.REMARK));
        assertEquals(PauseMarks.Mark.DIAMOND, PauseMarks.of(PauseKind.Z_MARK_END), "ZGC's, as its legend says");
    }

    @Test
    void aKindCarriesItsFamilysMarkButGosRoutinePausesNone() {
        for (PauseKind kind : PauseKind.values()) {
            PauseMarks.Mark expected = kind == PauseKind.GO_SWEEP_TERMINATION || kind == PauseKind.GO_MARK_TERMINATION
                    ? PauseMarks.Mark.NONE : PauseMarks.of(kind.family());
            assertEquals(expected, PauseMarks.of(kind), kind.name());
        }
        assertEquals(PauseMarks.Mark.DOWN, PauseMarks.of(PauseKind.ALLOCATION_STALL), "a Go stall is still marked");
        assertEquals(PauseMarks.Mark.NONE, PauseMarks.of((PauseKind) null));
    }
}

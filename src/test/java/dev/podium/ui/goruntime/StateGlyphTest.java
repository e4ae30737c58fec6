package dev.podium.ui.goruntime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.podium.world.goruntime.event.GStatus;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each goroutine state and each family of wait reasons gets a glyph of its own. */
class StateGlyphTest {
    @Test
    void waitReasonsAsTracebacksPrintThemPickTheirGlyph() {
        assertEquals(StateGlyph.CHAN, StateGlyph.of(GStatus.WAITING, "chan receive"));
        assertEquals(StateGlyph.CHAN, StateGlyph.of(GStatus.WAITING, "chan send (nil chan)"));
        assertEquals(StateGlyph.SELECT, StateGlyph.of(GStatus.WAITING, "select (no cases)"));
        assertEquals(StateGlyph.LOCK, StateGlyph.of(GStatus.WAITING, "sync.RWMutex.RLock"));
        assertEquals(StateGlyph.SLEEP, StateGlyph.of(GStatus.WAITING, "sleep"));
        assertEquals(StateGlyph.WAIT, StateGlyph.of(GStatus.WAITING, "sync.WaitGroup.Wait"));
        assertEquals(StateGlyph.WAIT, StateGlyph.of(GStatus.WAITING, null));
    }

    @Test
    void everyStatusHasADistinctGlyph() {
        Set<StateGlyph> seen = EnumSet.noneOf(StateGlyph.class);
        for (GStatus s : GStatus.values()) {
            seen.add(StateGlyph.of(s, "chan receive"));
        }
        assertEquals(GStatus.values().length, seen.size());
        for (StateGlyph g : StateGlyph.values()) { // the legend names a colour for each
            assertEquals(g == StateGlyph.RUNNING || g == StateGlyph.RUNNABLE || g == StateGlyph.SYSCALL
                    || g == StateGlyph.DEAD ? 1 : 0, GlyphLegend.status(g) == GStatus.WAITING ? 0 : 1);
        }
    }
}

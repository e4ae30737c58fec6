package dev.podium.ui.goruntime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.timeline.WorldEvent;
import dev.podium.ui.common.NarrationBundle;
import dev.podium.world.goruntime.event.ChanParked;
import dev.podium.world.goruntime.event.GoActionIgnored;
import dev.podium.world.goruntime.event.GoEvent;
import dev.podium.world.goruntime.event.IgnoredReason;
import dev.podium.world.goruntime.event.GoroutineCreated;
import dev.podium.world.goruntime.event.GoroutineStateChanged;
import dev.podium.world.goruntime.event.GStatus;
import dev.podium.world.goruntime.event.GoroutinesStolen;
import dev.podium.world.goruntime.event.ProgramExited;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every Go runtime event type has a sentence in English and in Chinese, with every variant its enums allow. */
class GoNarratorTest {
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private final GoNarrator narrator = new GoNarrator();

    /** An event of some other world. */
    private record Elsewhere(long timeNanos) implements WorldEvent {
    }

    @Test
    void everyEventTypeAndVariantHasASentenceInBothLanguages() throws Exception {
        Set<String> keys = new HashSet<>();
        int events = 0;
        for (Class<? extends WorldEvent> type : GoEvent.types()) {
            List<WorldEvent> samples = samples(type);
            assertFalse(samples.isEmpty(), type.getSimpleName());
            for (WorldEvent e : samples) {
                events++;
                GoNarrator.Sentence s = narrator.compose(e);
                assertNotNull(s, "no sentence for " + e);
                keys.add(s.key());
                String en = narrator.sentence(e, Locale.ENGLISH);
                String zh = narrator.sentence(e, ZH);
                assertFalse(en.isBlank(), e.toString());
                assertFalse(zh.isBlank(), e.toString());
                assertNotEquals(en, zh, "the Chinese sentence is a translation: " + s.key());
                assertFalse(en.contains("{") || zh.contains("{"), "a name left unfilled: " + en + " / " + zh);
                assertTrue(zh.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                        == Character.UnicodeScript.HAN), "Chinese text for " + s.key() + ": " + zh);
            }
        }
        assertTrue(events >= GoEvent.types().size());
        // a goroutine no go statement made (an action's, AfterFunc's): the generic samples never make one
        GoroutineCreated outside = new GoroutineCreated(1, 5, 0, "main.worker", 7);
        keys.add(narrator.compose(outside).key());
        assertTrue(narrator.sentence(outside, ZH).contains("G5"));
        NarrationBundle bundle = new NarrationBundle("dev.podium.ui.goruntime.narration");
        assertEquals(bundle.keys(Locale.ENGLISH), bundle.keys(ZH), "both languages have the same sentences");
        assertEquals(keys, bundle.keys(Locale.ENGLISH), "every sentence is used and every used key exists");
    }

    @Test
    void aParkedSenderSaysWhatItCarriesAndWhereItWaits() {
        String en = narrator.sentence(new ChanParked(5, 3, 7, true, "5", -1), Locale.ENGLISH);
        assertEquals("G7 parks on ch3 to send 5: no receiver is waiting and the buffer has no room; it waits in "
                + "sendq.", en);
        String zh = narrator.sentence(new ChanParked(5, 3, 7, true, "5", -1), ZH);
        assertTrue(zh.contains("G7") && zh.contains("ch3") && zh.contains("sendq"), zh);
    }

    @Test
    void waitReasonsAndPluralsReadAsGoAndEnglishSayThem() {
        assertEquals("G4 parks at line 12: chan receive. Its M moves on to another goroutine.",
                narrator.sentence(new GoroutineStateChanged(1, 4, GStatus.WAITING, "chan receive", 12, -1, -1),
                        Locale.ENGLISH));
        assertEquals("P2 has no work, so it steals 1 goroutine, half of the local run queue of P0.",
                narrator.sentence(new GoroutinesStolen(1, 0, 2, 1, false), Locale.ENGLISH));
        assertEquals("P2 has no work, so it steals 128 goroutines, half of the local run queue of P0.",
                narrator.sentence(new GoroutinesStolen(1, 0, 2, 128, false), Locale.ENGLISH));
        assertEquals("All goroutines are asleep: the runtime reports a deadlock and exits with status 2.",
                narrator.sentence(new ProgramExited(1, 2, "deadlock"), Locale.ENGLISH));
        assertEquals("The action blockSyscall is ignored: G3 is waiting, not running on an M, and only a running "
                + "goroutine can enter a system call.", narrator.sentence(new GoActionIgnored(1, "blockSyscall", 3,
                IgnoredReason.NOT_RUNNING, GStatus.WAITING, ""), Locale.ENGLISH));
        assertEquals("G5 is created to run main.worker, but no go statement of the program made it (an action did, "
                + "or the runtime for a timer): it goes to the global run queue and a P is woken.",
                narrator.sentence(new GoroutineCreated(1, 5, 0, "main.worker", 7), Locale.ENGLISH));
        assertNull(narrator.sentence(new Elsewhere(1), Locale.ENGLISH),
                "other worlds' events are not narrated here");
    }

    /**
     * Instances of a record type: for each constant of its enum components (and each of four exit reasons), every
     * combination of its booleans being true or false and of its numbers and texts being plain or edge values.
     */
    static List<WorldEvent> samples(Class<? extends WorldEvent> type) throws Exception {
        RecordComponent[] comps = type.getRecordComponents();
        Class<?>[] types = new Class<?>[comps.length];
        for (int i = 0; i < comps.length; i++) {
            types[i] = comps[i].getType();
        }
        Constructor<? extends WorldEvent> ctor = type.getDeclaredConstructor(types);
        List<WorldEvent> out = new ArrayList<>();
        int variants = REASONS.size();
        for (Class<?> t : types) {
            if (t.isEnum()) {
                variants = Math.max(variants, t.getEnumConstants().length);
            }
        }
        for (int v = 0; v < variants; v++) {
            for (int combo = 0; combo < 4; combo++) {
                Object[] args = new Object[comps.length];
                for (int i = 0; i < comps.length; i++) {
                    args[i] = value(comps[i].getName(), types[i], v, (combo & 1) != 0, (combo & 2) != 0);
                }
                out.add(ctor.newInstance(args));
            }
        }
        return out;
    }

    private static final List<String> REASONS = List.of("exit", "panic", "fatal", "deadlock");

    private static Object value(String name, Class<?> t, int variant, boolean flag, boolean edge) {
        if (t == long.class) {
            return name.equals("timeNanos") ? 1_000L : edge ? 0L : 3L;
        } else if (t == int.class) {
            return name.equals("caseIndex") || name.equals("chosen") ? (edge ? -1 : 1) : edge ? 0 : 2;
        } else if (t == boolean.class) {
            return flag;
        } else if (t == String.class) {
            return switch (name) {
                case "reason" -> REASONS.get(variant % REASONS.size());
                case "value", "text", "cause" -> edge ? "" : "42";
                case "waitReason" -> "chan receive";
                default -> "main.worker";
            };
        } else if (t.isEnum()) {
            Object[] all = t.getEnumConstants();
            return all[variant % all.length];
        } else if (t == List.class) {
            return flag ? List.of(1) : List.of(0, 1, 2);
        }
        throw new IllegalArgumentException("no sample for " + t);
    }
}

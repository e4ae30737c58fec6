package dev.podium.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KernelTest {

    @Test
    void eventsFireInTimeThenPriorityThenInsertionOrder() {
        Kernel kernel = new Kernel(1);
        List<String> fired = new ArrayList<>();
        kernel.scheduleAt(20, 0, () -> fired.add("t20"));
        kernel.scheduleAt(10, 5, () -> fired.add("t10-p5"));
        kernel.scheduleAt(10, 0, () -> fired.add("t10-p0-first"));
        kernel.scheduleAt(10, 0, () -> fired.add("t10-p0-second"));
        kernel.scheduleAt(10, -1, () -> fired.add("t10-p-1"));
        kernel.runUntil(100);
        assertEquals(List.of("t10-p-1", "t10-p0-first", "t10-p0-second", "t10-p5", "t20"), fired);
        assertEquals(100, kernel.now());
    }

    @Test
    void cancelledEventNeverFiresAndCancelTwiceIsFalse() {
        Kernel kernel = new Kernel(1);
        List<Long> fired = new ArrayList<>();
        List<EventHandle> handles = new ArrayList<>();
        for (long t = 1; t <= 50; t++) {
            long at = t;
            handles.add(kernel.scheduleAt(at, 0, () -> fired.add(at)));
        }
        for (int i = 0; i < 50; i += 3) {
            assertTrue(kernel.cancel(handles.get(i)));
            assertFalse(kernel.cancel(handles.get(i)));
        }
        kernel.runUntil(1000);
        List<Long> expected = new ArrayList<>();
        for (long t = 1; t <= 50; t++) {
            if ((t - 1) % 3 != 0) {
                expected.add(t);
            }
        }
        assertEquals(expected, fired);
        assertFalse(kernel.cancel(handles.get(1)), "a fired event cannot be cancelled");
    }

    @Test
    void stepAndPeekAdvanceOneEventAtATime() {
        Kernel kernel = new Kernel(1);
        assertEquals(Long.MAX_VALUE, kernel.peekTime());
        assertFalse(kernel.step());
        kernel.schedule(30, () -> kernel.schedule(5, () -> { }));
        assertEquals(30, kernel.peekTime());
        assertTrue(kernel.step());
        assertEquals(30, kernel.now());
        assertEquals(35, kernel.peekTime());
        assertTrue(kernel.step());
        assertEquals(2, kernel.firedCount());
    }

    @Test
    void runUntilWithBudgetStopsEarlyAndKeepsTheClockAtTheLastEvent() {
        Kernel kernel = new Kernel(1);
        for (int i = 1; i <= 10; i++) {
            kernel.scheduleAt(i, 0, () -> { });
        }
        assertEquals(4, kernel.runUntil(100, 4));
        assertEquals(4, kernel.now());
        assertEquals(6, kernel.runUntil(100, 100));
        assertEquals(100, kernel.now());
    }

    @Test
    void schedulingInThePastIsRefused() {
        Kernel kernel = new Kernel(1);
        kernel.runUntil(50);
        assertThrows(IllegalArgumentException.class, () -> kernel.scheduleAt(49, 0, () -> { }));
        assertThrows(IllegalArgumentException.class, () -> kernel.schedule(-1, () -> { }));
    }

    @Test
    void randomStreamsDependOnlyOnSeedAndName() {
        Kernel a = new Kernel(42);
        Kernel b = new Kernel(42);
        b.random("other.component").nextLong(); // creating another stream must not perturb this one
        RandomStream sa = a.random("queue.arrivals");
        RandomStream sb = b.random("queue.arrivals");
        for (int i = 0; i < 100; i++) {
            assertEquals(sa.nextLong(), sb.nextLong());
        }
        assertTrue(new Kernel(43).random("queue.arrivals").nextLong() != new Kernel(42).random("queue.arrivals").nextLong());
    }

    @Test
    void randomStreamIsPinnedToSplitMix64() {
        // SplitMix64 from seed 0: first output is a published constant; it must never change with the JDK.
        assertEquals(0xe220a8397b1dcdafL, new RandomStream(0).nextLong());
    }

    @Test
    void exponentialMeanIsCloseToTheRequestedMean() {
        RandomStream stream = new RandomStream(7);
        long mean = 1_000_000;
        double sum = 0;
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            sum += stream.exponentialNanos(mean);
        }
        assertEquals(mean, sum / n, mean * 0.01);
    }

    @Test
    void rescheduleReusesAFiredEventWithAFreshSequence() {
        Kernel kernel = new Kernel(1);
        List<String> fired = new ArrayList<>();
        EventHandle[] tick = new EventHandle[1];
        int[] count = {0};
        tick[0] = kernel.schedule(10, () -> {
            fired.add("tick@" + kernel.now());
            if (++count[0] < 3) {
                assertTrue(kernel.reschedule(tick[0], 10) == tick[0]);
            }
        });
        kernel.scheduleAt(20, 0, () -> fired.add("other@20"));
        kernel.runUntil(100);
        // The tick rescheduled at 10 for 20 was inserted after "other@20", so it fires after it.
        assertEquals(List.of("tick@10", "other@20", "tick@20", "tick@30"), fired);
        assertThrows(IllegalStateException.class, () -> {
            EventHandle pending = kernel.schedule(5, () -> { });
            kernel.reschedule(pending, 1);
        });
    }

    @Test
    void stopEndsRunUntilAfterTheCurrentEventAndKeepsTheClockThere() {
        Kernel kernel = new Kernel(1);
        List<Long> fired = new ArrayList<>();
        for (long t = 1; t <= 10; t++) {
            long at = t;
            kernel.scheduleAt(at, 0, () -> {
                fired.add(at);
                if (at == 4) {
                    kernel.stop();
                }
            });
        }
        assertEquals(4, kernel.runUntil(100));
        assertEquals(4, kernel.now());
        assertEquals(6, kernel.runUntil(100), "a later run is not stopped by the old request");
        assertEquals(100, kernel.now());
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), fired);
    }
}

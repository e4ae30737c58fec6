package dev.podium.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The kernel against a plain sorted set under random schedule, cancel, peek and nested operations
 * inside actions: both must fire the same events in the same order.
 */
class KernelAgainstReferenceTest {

    /** The reference: a sorted set of (time, priority, sequence), nothing clever. */
    private static final class Reference {
        record Entry(long time, int priority, long sequence, int id) {
        }

        final TreeSet<Entry> pending = new TreeSet<>(Comparator.comparingLong(Entry::time)
                .thenComparingInt(Entry::priority).thenComparingLong(Entry::sequence));
        long sequence;
    }

    @Test
    void firesTheSameEventsInTheSameOrderAsASortedSet() {
        for (long seed = 1; seed <= 20; seed++) {
            runOnce(seed);
        }
    }

    private void runOnce(long seed) {
        Kernel kernel = new Kernel(seed);
        RandomStream random = new RandomStream(seed * 31);
        Reference reference = new Reference();
        List<EventHandle> handles = new ArrayList<>();
        List<Reference.Entry> entries = new ArrayList<>();
        List<Integer> fired = new ArrayList<>();
        List<Integer> expected = new ArrayList<>();
        int[] nextId = {0};

        class Ops {
            void schedule(long at, int priority) {
                int id = nextId[0]++;
                handles.add(kernel.scheduleAt(at, priority, () -> {
                    fired.add(id);
                    // Inside the action: the reference fires the same id, then both sides get the same nested ops.
                    nested();
                }));
                entries.add(new Reference.Entry(at, priority, reference.sequence++, id));
                reference.pending.add(entries.get(id));
            }

            void nested() {
                int ops = random.nextInt(4);
                for (int i = 0; i < ops; i++) {
                    int kind = random.nextInt(10);
                    if (kind < 6) {
                        schedule(kernel.now() + random.nextInt(50), random.nextInt(3) - 1);
                    } else if (kind < 8 && !handles.isEmpty()) {
                        int victim = random.nextInt(handles.size());
                        boolean cancelled = kernel.cancel(handles.get(victim));
                        assertEquals(reference.pending.remove(entries.get(victim)), cancelled, "cancel " + victim);
                    } else {
                        long peek = kernel.peekTime();
                        long refPeek = reference.pending.isEmpty() ? Long.MAX_VALUE : reference.pending.first().time();
                        assertEquals(refPeek, peek, "peek inside an action");
                        assertEquals(reference.pending.size(), kernel.pendingCount(), "pending inside an action");
                    }
                }
            }
        }
        Ops ops = new Ops();
        for (int i = 0; i < 20; i++) {
            ops.schedule(random.nextInt(100), random.nextInt(3) - 1);
        }
        while (!reference.pending.isEmpty() && fired.size() < 5_000) {
            Reference.Entry next = reference.pending.pollFirst();
            expected.add(next.id());
            // The kernel fires the same event; its action records the id and runs nested ops on both sides.
            int before = fired.size();
            kernel.step();
            assertEquals(before + 1, fired.size());
            assertEquals(next.id(), fired.get(fired.size() - 1), "seed " + seed + ", event " + before);
            assertEquals(next.time(), kernel.now());
        }
        assertEquals(expected, fired);
    }
}

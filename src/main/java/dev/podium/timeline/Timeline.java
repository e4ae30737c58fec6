package dev.podium.timeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The append-only, time-ordered list of {@link WorldEvent}s of one run.
 *
 * <p>Events are appended in non-decreasing time order (an event earlier than the last one is refused:
 * it would rewrite the past that views have already shown). Listeners hear each appended event in
 * order; one failing listener does not stop the others (after fabric8's SharedProcessor).
 *
 * <p>Events are held in blocks of {@value #BLOCK_SIZE}. A timeline made by {@link #spilling} keeps only about the
 * newest {@code retainedEvents} in memory (at least that many, fewer than two blocks more): each full block is written
 * by a background thread to a recording file, and a block older than the retained window is dropped from memory.
 * Every index stays readable: {@link #get} on a spilled index reads its block back from the file through a small
 * cache, so scrubbing into the past works as before, only slower for the first access to a block. {@link #close}
 * deletes the file. A plain {@code new Timeline()} never spills.
 *
 * <p><b>Threads:</b> confined to one thread at a time, the one that owns the source (the FX thread while
 * simulating frame by frame, a worker thread in a headless run or while a fork is computed before it is handed
 * to the FX thread). {@link #snapshot()} is the exception: the iterable it returns may be read on any thread.
 * {@link #endNanos()} tells how far the run has been computed, which can be later than the last event.
 */
public final class Timeline implements EventSink, AutoCloseable {
    /** Events per block (the unit of spilling and of reading back). */
    public static final int BLOCK_SIZE = 1 << 12;
    private static final int BLOCK_SHIFT = 12;
    private static final int BLOCK_MASK = BLOCK_SIZE - 1;

    /** Hears each event as it is appended. */
    @FunctionalInterface
    public interface Listener {
        void appended(int index, WorldEvent event);
    }

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final List<RuntimeException> listenerFailures = new ArrayList<>();
    private final TimelineSpill spill;
    private final int retainedEvents;
    /** blocks[b] holds events b * BLOCK_SIZE ...; null once spilled (b below spilledBlocks). */
    private WorldEvent[][] blocks = new WorldEvent[16][];
    /** Time of each block's first and last event (the last only for full blocks). */
    private long[] blockFirst = new long[16];
    private long[] blockLast = new long[16];
    private int size;
    private int spilledBlocks;
    private long lastTime = Long.MIN_VALUE;
    private long endNanos;

    /** A timeline that holds every event in memory. */
    public Timeline() {
        this(null, Integer.MAX_VALUE);
    }

    private Timeline(TimelineSpill spill, int retainedEvents) {
        this.spill = spill;
        this.retainedEvents = retainedEvents;
    }

    /**
     * A timeline that keeps about the newest {@code retainedEvents} events in memory and spills older ones to
     * {@code file} (created or truncated; a recording under {@code header}, encoded by {@code codec}, which must
     * know every event type appended). The file is deleted by {@link #close}, or when the JVM exits.
     */
    public static Timeline spilling(Path file, RecordingCodec codec, RecordingHeader header, int retainedEvents)
            throws IOException {
        if (retainedEvents < 1) {
            throw new IllegalArgumentException("retained events must be positive: " + retainedEvents);
        }
        return new Timeline(new TimelineSpill(file, codec, header), retainedEvents);
    }

    @Override
    public void emit(WorldEvent event) {
        append(event);
    }

    /** Appends one event; its time must not be earlier than the last event's. */
    public void append(WorldEvent event) {
        long t = event.timeNanos();
        if (t < lastTime) {
            throw new IllegalArgumentException("event at " + t + "ns is earlier than the last event at "
                    + lastTime + "ns: " + event);
        }
        int index = size;
        int b = index >>> BLOCK_SHIFT;
        int offset = index & BLOCK_MASK;
        if (offset == 0) {
            if (b == blocks.length) {
                blocks = Arrays.copyOf(blocks, b * 2);
                blockFirst = Arrays.copyOf(blockFirst, b * 2);
                blockLast = Arrays.copyOf(blockLast, b * 2);
            }
            blocks[b] = new WorldEvent[BLOCK_SIZE];
            blockFirst[b] = t;
        }
        blocks[b][offset] = event;
        size++;
        lastTime = t;
        if (t > endNanos) {
            endNanos = t;
        }
        if (offset == BLOCK_MASK) {
            blockLast[b] = t;
            if (spill != null) {
                spill.submit(b, blocks[b]);
                while (size - (spilledBlocks + 1) * BLOCK_SIZE >= retainedEvents) {
                    blocks[spilledBlocks++] = null;
                }
            }
        }
        for (Listener listener : listeners) {
            try {
                listener.appended(index, event);
            } catch (RuntimeException e) {
                listenerFailures.add(e);
            }
        }
    }

    /** Marks the run as computed up to {@code tNanos} even if nothing happened there. */
    public void advanceEnd(long tNanos) {
        if (tNanos > endNanos) {
            endNanos = tNanos;
        }
    }

    /** How far the run has been computed, in simulated nanoseconds. */
    public long endNanos() {
        return endNanos;
    }

    public int size() {
        return size;
    }

    /** The event at {@code index}; a spilled one is read back from disk (its whole block, then cached). */
    public WorldEvent get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index " + index + " of " + size + " events");
        }
        return block(index >>> BLOCK_SHIFT)[index & BLOCK_MASK];
    }

    private WorldEvent[] block(int b) {
        return b < spilledBlocks ? spill.block(b) : blocks[b];
    }

    /** A read-only view of all events, in order (reading a spilled part reads it back from disk). */
    public List<WorldEvent> events() {
        return new AbstractList<>() {
            @Override
            public WorldEvent get(int index) {
                return Timeline.this.get(index);
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /**
     * The events appended so far, to be read once on any thread (to save a recording while the timeline keeps
     * growing): blocks still in memory are shared, spilled ones are read back from the file one at a time, so
     * the whole run is never in memory at once. Valid until {@link #close}.
     */
    public Iterable<WorldEvent> snapshot() {
        int count = size;
        int spilled = spilledBlocks;
        int partial = count & BLOCK_MASK;
        WorldEvent[][] held = new WorldEvent[(count + BLOCK_MASK) >>> BLOCK_SHIFT][];
        for (int b = spilled; b < held.length; b++) {
            held[b] = b == held.length - 1 && partial != 0 ? Arrays.copyOf(blocks[b], partial) : blocks[b];
        }
        TimelineSpill source = spill;
        return () -> new Iterator<>() {
            private int next;
            private WorldEvent[] current;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public WorldEvent next() {
                if (next >= count) {
                    throw new NoSuchElementException();
                }
                int b = next >>> BLOCK_SHIFT;
                if ((next & BLOCK_MASK) == 0 || current == null) {
                    current = b < spilled ? source.readBlock(b) : held[b];
                }
                return current[next++ & BLOCK_MASK];
            }
        };
    }

    /** Number of events whose time is at most {@code tNanos} (binary search). */
    public int countAtOrBefore(long tNanos) {
        int full = size >>> BLOCK_SHIFT;
        // The first full block whose last event is later than tNanos; the answer lies in it (or in the partial one).
        int lo = 0;
        int hi = full;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (blockLast[mid] <= tNanos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int b = lo;
        int base = b << BLOCK_SHIFT;
        int n = Math.min(BLOCK_SIZE, size - base);
        if (n <= 0) {
            return size;
        }
        if (blockFirst[b] > tNanos) {
            return base; // the boundary is at the block's start: no need to read a spilled block back
        }
        WorldEvent[] events = block(b);
        int l = 1;
        int h = n;
        while (l < h) {
            int mid = (l + h) >>> 1;
            if (events[mid].timeNanos() <= tNanos) {
                l = mid + 1;
            } else {
                h = mid;
            }
        }
        return base + l;
    }

    /** Time of the first event after {@code tNanos}, or -1 if none. */
    public long nextEventTimeAfter(long tNanos) {
        int i = countAtOrBefore(tNanos);
        return i < size ? get(i).timeNanos() : -1;
    }

    /** Time of the last event before {@code tNanos}, or -1 if none. */
    public long previousEventTimeBefore(long tNanos) {
        int i = countAtOrBefore(tNanos - 1);
        return i > 0 ? get(i - 1).timeNanos() : -1;
    }

    /** Events no longer in memory (the first {@code spilledCount()} indices are read back from disk). */
    public int spilledCount() {
        return spilledBlocks << BLOCK_SHIFT;
    }

    /** Whether this timeline spills old events to disk. */
    public boolean isSpilling() {
        return spill != null;
    }

    /** The spill file, or null for a timeline that keeps everything in memory. */
    public Path spillFile() {
        return spill == null ? null : spill.file();
    }

    /** Why spilling stopped (a disk error; events then stay in memory), or null. */
    public IOException spillFailure() {
        return spill == null ? null : spill.failure();
    }

    /** Blocks read back from the spill file so far (for tests and benches); 0 when not spilling. */
    public long spillReads() {
        return spill == null ? 0 : spill.reads();
    }

    /** Waits until every full block is written to the spill file (for tests; returns at once when not spilling). */
    void awaitSpilled() throws InterruptedException {
        if (spill != null) {
            spill.awaitWritten();
        }
    }

    /** Stops spilling and deletes the spill file; a timeline that does not spill has nothing to close. */
    @Override
    public void close() {
        if (spill != null) {
            spill.close();
        }
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /** Exceptions thrown by listeners so far (they were isolated, not rethrown). */
    public List<RuntimeException> listenerFailures() {
        return Collections.unmodifiableList(listenerFailures);
    }
}

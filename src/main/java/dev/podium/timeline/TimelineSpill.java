package dev.podium.timeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Where a spilling {@link Timeline} keeps the blocks of events it no longer holds in memory: a recording file (the
 * header, then one JSON line per event, as {@link RecordingWriter} writes) appended by one background thread, and
 * read back a whole block at a time through a cache of {@value #CACHED_BLOCKS} blocks.
 *
 * <p>A block handed to {@link #submit} is readable at once (from memory until the writer has written it); at most
 * {@value #MAX_PENDING_BLOCKS} blocks wait for the writer (then {@link #submit} waits too). If the
 * disk fails, the writer stops and the blocks not yet written stay in memory ({@link #failure()} says why): the
 * session keeps every event, it only loses the memory bound.
 *
 * <p><b>Threads:</b> {@link #submit}, {@link #block} and {@link #close} on the timeline's thread; {@link #readBlock}
 * from any thread (it bypasses the cache). The writer is a daemon thread named {@code podium-timeline-spill}.
 */
final class TimelineSpill implements AutoCloseable {
    static final int CACHED_BLOCKS = 4;
    /**
     * Blocks handed over but not yet written, at most: past it, {@link #submit} waits for the writer, so memory stays
     * bounded even when events come faster than the disk takes them (at 1,000 events a second the writer is idle
     * 99% of the time and this never waits).
     */
    static final int MAX_PENDING_BLOCKS = 8;
    private static final int STOP = -1;

    private final Path file;
    private final RecordingCodec codec;
    private final FileChannel channel;
    private final LinkedBlockingQueue<Integer> toWrite = new LinkedBlockingQueue<>();
    private final Map<Integer, WorldEvent[]> pending = new ConcurrentHashMap<>();
    private final Object offsetsLock = new Object();
    /** offsets[b] .. offsets[b + 1]: the bytes of block b; offsets[0] is the end of the header line. */
    private long[] offsets = new long[64];
    private int written;
    private final Map<Integer, WorldEvent[]> cache = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, WorldEvent[]> eldest) {
            return size() > CACHED_BLOCKS;
        }
    };
    private final Thread writer;
    private volatile IOException failure;
    private volatile boolean closed;
    private long reads;

    TimelineSpill(Path file, RecordingCodec codec, RecordingHeader header) throws IOException {
        this.file = file;
        this.codec = codec;
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE, StandardOpenOption.READ);
        file.toFile().deleteOnExit();
        byte[] head = (codec.encodeHeader(header) + "\n").getBytes(StandardCharsets.UTF_8);
        writeFully(ByteBuffer.wrap(head), 0);
        offsets[0] = head.length;
        writer = new Thread(this::writeLoop, "podium-timeline-spill");
        writer.setDaemon(true);
        writer.start();
    }

    Path file() {
        return file;
    }

    /** Queues full block {@code b} (blocks come in order 0, 1, 2…) for writing; {@code events} is not changed after. */
    void submit(int b, WorldEvent[] events) {
        pending.put(b, events);
        toWrite.add(b);
        synchronized (offsetsLock) {
            while (pending.size() > MAX_PENDING_BLOCKS && failure == null && !closed) {
                try {
                    offsetsLock.wait(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Block {@code b}, from memory if not yet written, else from the cache or the file. Timeline's thread. */
    WorldEvent[] block(int b) {
        WorldEvent[] events = pending.get(b);
        if (events != null) {
            return events;
        }
        events = cache.get(b);
        if (events == null) {
            events = readBlock(b);
            cache.put(b, events);
        }
        return events;
    }

    /** Block {@code b} read from memory or the file, without the cache; any thread. */
    WorldEvent[] readBlock(int b) {
        WorldEvent[] events = pending.get(b);
        if (events != null) {
            return events;
        }
        long start;
        long end;
        synchronized (offsetsLock) {
            if (b >= written) {
                // Not pending and not written: submit() has not been called for it, which the timeline never does.
                throw new IllegalStateException("block " + b + " was never spilled");
            }
            start = offsets[b];
            end = offsets[b + 1];
        }
        try {
            ByteBuffer bytes = ByteBuffer.allocate(Math.toIntExact(end - start));
            while (bytes.hasRemaining()) {
                if (channel.read(bytes, start + bytes.position()) < 0) {
                    throw new IOException(file + ": ends before block " + b);
                }
            }
            reads++;
            return decode(b, new String(bytes.array(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back spilled events from " + file, e);
        }
    }

    private WorldEvent[] decode(int b, String text) {
        WorldEvent[] events = new WorldEvent[Timeline.BLOCK_SIZE];
        int n = 0;
        int from = 0;
        while (from < text.length()) {
            int nl = text.indexOf('\n', from);
            WorldEvent event = codec.decode(text.substring(from, nl));
            if (event == null) {
                throw new IllegalStateException("spilled block " + b + " holds an event type the codec does not know");
            }
            events[n++] = event;
            from = nl + 1;
        }
        if (n != events.length) {
            throw new IllegalStateException("spilled block " + b + " holds " + n + " events, not " + events.length);
        }
        return events;
    }

    /** Blocks read back from the file so far (cache misses), for tests and benches. */
    long reads() {
        return reads;
    }

    /** Blocks written to the file so far. */
    int writtenBlocks() {
        synchronized (offsetsLock) {
            return written;
        }
    }

    /** Blocks handed over but not yet on disk. */
    int pendingBlocks() {
        return pending.size();
    }

    /** Waits until every block submitted so far is on disk (or the writer failed or was closed). For tests. */
    void awaitWritten() throws InterruptedException {
        synchronized (offsetsLock) {
            while (!pending.isEmpty() && failure == null && !closed) {
                offsetsLock.wait(1_000);
            }
        }
    }

    /** Why the writer stopped, or null. */
    IOException failure() {
        return failure;
    }

    /** Stops the writer and deletes the file. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        toWrite.add(STOP);
        try {
            writer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            channel.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Best effort: deleteOnExit() is the fallback.
        }
        pending.clear();
        cache.clear();
    }

    private void writeLoop() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        while (true) {
            int b;
            try {
                b = toWrite.take();
            } catch (InterruptedException e) {
                return;
            }
            if (b == STOP || failure != null) {
                return;
            }
            WorldEvent[] events = pending.get(b);
            out.reset();
            for (WorldEvent event : events) {
                byte[] line = codec.encode(event).getBytes(StandardCharsets.UTF_8);
                out.write(line, 0, line.length);
                out.write('\n');
            }
            long start;
            synchronized (offsetsLock) {
                start = offsets[written];
            }
            try {
                writeFully(ByteBuffer.wrap(out.toByteArray()), start);
            } catch (IOException e) {
                synchronized (offsetsLock) {
                    failure = e;
                    offsetsLock.notifyAll();
                }
                return;
            }
            synchronized (offsetsLock) {
                if (written + 2 > offsets.length) {
                    offsets = Arrays.copyOf(offsets, offsets.length * 2);
                }
                offsets[written + 1] = start + out.size();
                written++;
                pending.remove(b);
                offsetsLock.notifyAll();
            }
        }
    }

    private void writeFully(ByteBuffer bytes, long position) throws IOException {
        while (bytes.hasRemaining()) {
            channel.write(bytes, position + bytes.position());
        }
    }
}

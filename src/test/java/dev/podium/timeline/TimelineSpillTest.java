package dev.podium.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.engine.RandomStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineSpillTest {
    private static final RecordingCodec CODEC = new RecordingCodec(TestEvents.types());
    private static final RecordingHeader HEADER = new RecordingHeader(RecordingHeader.FORMAT, RecordingHeader.VERSION,
            "live", "test", 0, "2026-12-05T00:00:00Z");

    @TempDir
    Path dir;

    /** Appends the same pseudo-random events (several sharing a time, some labels null) to each timeline. */
    private static long fill(int events, Timeline... timelines) {
        RandomStream random = new RandomStream(11);
        long t = 0;
        for (int i = 0; i < events; i++) {
            t += random.nextInt(4);
            int delta = random.nextInt(21) - 10;
            String label = i % 5 == 0 ? null : "e" + i;
            for (Timeline timeline : timelines) {
                timeline.append(new TestEvents.Counted(t, delta, label));
            }
        }
        return t;
    }

    @Test
    void scrubbingIntoTheSpilledPartGivesTheSameEventsAndStateAsATimelineInMemory() throws Exception {
        Timeline plain = new Timeline();
        try (Timeline spilling = Timeline.spilling(dir.resolve("spill.jsonl"), CODEC, HEADER, 10_000)) {
            long end = fill(60_000, plain, spilling);
            spilling.awaitSpilled();
            assertTrue(spilling.spilledCount() >= 60_000 - 10_000 - 2 * Timeline.BLOCK_SIZE,
                    "spilled " + spilling.spilledCount());
            assertTrue(spilling.size() - spilling.spilledCount() >= 10_000, "keeps at least the newest 10,000");

            ProjectedState<ProjectedStateTest.Sum> expected =
                    new ProjectedState<>(plain, new ProjectedStateTest.SumProjection(), 256);
            ProjectedState<ProjectedStateTest.Sum> actual =
                    new ProjectedState<>(spilling, new ProjectedStateTest.SumProjection(), 256);
            actual.at(end); // play to the live edge first, as a session does
            RandomStream random = new RandomStream(5);
            for (int probe = 0; probe < 120; probe++) {
                long at = random.nextInt((int) end + 10) - 5;
                assertEquals(plain.countAtOrBefore(at), spilling.countAtOrBefore(at), "count at " + at);
                assertEquals(plain.nextEventTimeAfter(at), spilling.nextEventTimeAfter(at), "next after " + at);
                assertEquals(plain.previousEventTimeBefore(at), spilling.previousEventTimeBefore(at), "prev " + at);
                int index = random.nextInt(plain.size());
                assertEquals(plain.get(index), spilling.get(index), "event " + index);
                ProjectedStateTest.Sum want = expected.at(at);
                ProjectedStateTest.Sum got = actual.at(at);
                assertEquals(want.total, got.total, "total at " + at);
                assertEquals(want.events, got.events, "events at " + at);
            }
            assertTrue(spilling.spillReads() > 0, "the probes read spilled blocks back from the file");
            assertEquals(new ArrayList<>(plain.events()), new ArrayList<>(spilling.events()));
        }
    }

    @Test
    void checkpointsOverTheSpilledPartAreThinnedToABound() throws Exception {
        try (Timeline spilling = Timeline.spilling(dir.resolve("spill.jsonl"), CODEC, HEADER, 8_192)) {
            ProjectedStateTest.SumProjection projection = new ProjectedStateTest.SumProjection();
            ProjectedState<ProjectedStateTest.Sum> projected = new ProjectedState<>(spilling, projection, 64);
            RandomStream random = new RandomStream(2);
            for (int i = 0; i < 200_000; i++) {
                spilling.append(new TestEvents.Counted(i, random.nextInt(3), "x"));
                if (i % 1_000 == 0) {
                    projected.afterEvents(spilling.size());
                }
            }
            projected.afterEvents(spilling.size());
            // 200,000 / 64 = 3,125 checkpoints unthinned; at most 128 over the spilled part plus the retained ones.
            int retainedCheckpoints = (8_192 + Timeline.BLOCK_SIZE) / 64 + 2;
            assertTrue(projected.checkpointCount() <= ProjectedState.MAX_SPILLED_CHECKPOINTS + retainedCheckpoints,
                    "checkpoints " + projected.checkpointCount());
            long naive = 0;
            RandomStream again = new RandomStream(2);
            for (int i = 0; i < 50_000; i++) {
                naive += again.nextInt(3);
            }
            assertEquals(naive, projected.afterEvents(50_000).total, "a seek far back into the thinned part");
            // The oldest part is not left bare: a seek near the start applies about one spacing of events, not all.
            projected.afterEvents(spilling.size());
            int appliesBefore = projection.applies;
            projected.afterEvents(5_000);
            int applied = projection.applies - appliesBefore;
            assertTrue(applied <= 2 * 200_000 / ProjectedState.MAX_SPILLED_CHECKPOINTS,
                    "events applied to seek to 5,000: " + applied);
        }
    }

    @Test
    void closingDeletesTheSpillFile() throws Exception {
        Path file = dir.resolve("spill.jsonl");
        Timeline spilling = Timeline.spilling(file, CODEC, HEADER, 4_096);
        fill(20_000, spilling);
        spilling.awaitSpilled();
        assertTrue(Files.size(file) > 0);
        spilling.close();
        assertFalse(Files.exists(file), "spill file deleted on close");
    }

    @Test
    void theSpillFileIsARecordingOfEveryFullBlock() throws Exception {
        Path file = dir.resolve("spill.jsonl");
        Timeline plain = new Timeline();
        try (Timeline spilling = Timeline.spilling(file, CODEC, HEADER, 4_096)) {
            fill(3 * Timeline.BLOCK_SIZE + 17, plain, spilling);
            spilling.awaitSpilled();
            Recording read = new RecordingReader(CODEC).read(file);
            assertEquals(List.of(), read.warnings());
            assertEquals(HEADER, read.header());
            assertEquals(plain.events().subList(0, 3 * Timeline.BLOCK_SIZE), read.events());
        }
    }

    @Test
    void aSnapshotSavedWhileTheTimelineGrowsHoldsEverySpilledAndRetainedEvent() throws Exception {
        Timeline plain = new Timeline();
        try (Timeline spilling = Timeline.spilling(dir.resolve("spill.jsonl"), CODEC, HEADER, 5_000)) {
            fill(30_001, plain, spilling);
            Iterable<WorldEvent> snapshot = spilling.snapshot();
            // The timeline goes on growing and spilling after the snapshot was taken.
            long t = spilling.get(spilling.size() - 1).timeNanos();
            for (int i = 0; i < 20_000; i++) {
                spilling.append(new TestEvents.Counted(t + i, 1, "later"));
            }
            Path saved = dir.resolve("saved.podium.jsonl");
            Thread saver = new Thread(() -> {
                try {
                    new RecordingWriter(CODEC).write(saved, HEADER, snapshot);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            saver.start();
            saver.join();
            Recording read = new RecordingReader(CODEC).read(saved);
            assertEquals(List.of(), read.warnings());
            assertEquals(plain.events(), read.events());
        }
    }

    @Test
    void aTimelineInMemoryDoesNotSpill() {
        Timeline plain = new Timeline();
        fill(20_000, plain);
        assertFalse(plain.isSpilling());
        assertEquals(0, plain.spilledCount());
        assertEquals(null, plain.spillFile());
        assertNotNull(plain.get(0));
        plain.close();
        assertEquals(20_000, plain.size());
    }
}

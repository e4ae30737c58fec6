package dev.podium.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.scenario.WorldRegistry;
import dev.podium.timeline.Recording;
import dev.podium.timeline.RecordingHeader;
import dev.podium.timeline.Timeline;
import dev.podium.timeline.WorldEvent;
import dev.podium.ui.playback.Playback;
import dev.podium.ui.playback.RecordingPlayback;
import dev.podium.world.kube.event.NodeAdded;
import dev.podium.world.queue.CustomerArrived;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The player with a recording (complete from the start) and with a growing, live-like source. */
class PlaybackSourcesTest {
    private static final long SECOND = 1_000_000_000L;

    private static NodeAdded node(long t, String name) {
        return new NodeAdded(t, name, 4000, 8L << 30, 110, List.of(), false);
    }

    @Test
    void aRecordingIsCompleteAndScrubbableFromTheStart() {
        List<WorldEvent> events = List.of(node(0, "a"), node(3 * SECOND, "b"), node(9 * SECOND, "c"));
        Recording recording = new Recording(new RecordingHeader(RecordingHeader.FORMAT, 1, "live", "prod", 0,
                "2026-11-28T03:00:00Z"), events, List.of());
        PlayerModel model = new PlayerModel();
        model.load(new RecordingPlayback(recording, "prod.jsonl"));
        assertEquals(9 * SECOND, model.durationProperty().get());
        assertEquals(9 * SECOND, model.computedProperty().get());
        assertFalse(model.isPlaying());
        assertFalse(model.liveProperty().get());
        assertNull(model.run(), "a recording cannot be forked as a simulation");
        model.seek(5 * SECOND);
        assertEquals(5 * SECOND, model.playheadNanos());
        model.stepForward();
        assertEquals(9 * SECOND, model.playheadNanos());
        model.stepBack();
        assertEquals(3 * SECOND, model.playheadNanos());
        assertEquals(List.of("kube"), model.playback().worlds());
    }

    @Test
    void worldsOfAVersionOneRecordingAreThoseOfItsEvents() {
        WorldRegistry registry = WorldRegistry.standard();
        assertEquals(List.of("kube"), registry.worldsOf(List.of(node(0, "a"))));
        assertEquals(List.of(), registry.worldsOf(List.of()));
        var arrived = new CustomerArrived(1, 1, 0);
        assertEquals(List.of("queue"), registry.worldsOf(List.of(arrived)));
        assertEquals(List.of("queue", "kube"), registry.worldsOf(List.of(node(0, "a"), arrived)));
        Recording v1 = new Recording(new RecordingHeader(RecordingHeader.FORMAT, 1, "simulation", "q", 1, null),
                List.of(arrived), List.of());
        assertEquals(List.of("queue"), new RecordingPlayback(v1, "q.jsonl").worlds());
    }

    @Test
    void worldsOfARecordingAreThoseItsHeaderNames() {
        Recording v2 = new Recording(RecordingHeader.simulation("q", 1, List.of("queue", "kube")),
                List.of(node(0, "a")), List.of());
        assertEquals(List.of("queue", "kube"), new RecordingPlayback(v2, "q.jsonl").worlds());
    }

    /** A source whose "now" the test moves, and whose events the test hands over, like a live session. */
    static final class Growing implements Playback {
        final Timeline timeline = new Timeline();
        final List<WorldEvent> queued = new ArrayList<>();
        long now;
        boolean done;
        long maxDrained;

        @Override
        public boolean followsWallClock() {
            return true;
        }

        @Override
        public String label() {
            return "growing";
        }

        @Override
        public List<String> worlds() {
            return List.of("kube");
        }

        @Override
        public Timeline timeline() {
            return timeline;
        }

        @Override
        public long durationNanos() {
            return Math.max(1, Math.max(now, timeline.endNanos()));
        }

        @Override
        public long computedNanos() {
            return timeline.endNanos();
        }

        @Override
        public boolean isComplete() {
            return done;
        }

        @Override
        public long advanceTo(long tNanos, long maxEvents) {
            long moved = 0;
            while (!queued.isEmpty() && moved < Math.min(maxEvents, 3)) {
                timeline.append(queued.remove(0));
                moved++;
            }
            maxDrained = Math.max(maxDrained, moved);
            if (queued.isEmpty()) {
                timeline.advanceEnd(now);
            }
            return moved;
        }
    }

    @Test
    void liveStartsPlayingAtNowAndFollowsTheCluster() {
        Growing live = new Growing();
        live.now = 2 * SECOND;
        PlayerModel model = new PlayerModel();
        model.load(live);
        assertTrue(model.isPlaying());
        assertTrue(model.liveProperty().get());
        assertEquals(2 * SECOND, model.playheadNanos());
        assertTrue(model.atLiveEdgeProperty().get());

        live.now = 3 * SECOND;
        live.queued.add(node(2500_000_000L, "a"));
        model.frame(SECOND);
        assertEquals(3 * SECOND, model.playheadNanos());
        assertEquals(3 * SECOND, model.durationProperty().get());
        assertEquals(1, live.timeline.size());
        assertTrue(model.isPlaying(), "reaching now does not stop playing");
        assertFalse(model.computingProperty().get());
    }

    @Test
    void thePlayheadWaitsForEventsNotYetDrainedAndABurstIsSpreadOverFrames() {
        Growing live = new Growing();
        PlayerModel model = new PlayerModel();
        model.load(live);
        live.now = 5 * SECOND;
        for (int i = 0; i < 7; i++) {
            live.queued.add(node(SECOND + i, "n" + i));
        }
        model.frame(5 * SECOND);
        assertEquals(3, live.timeline.size(), "a frame moves a bounded number of events");
        assertTrue(model.playheadNanos() <= live.timeline.endNanos(), "held at what is known");
        model.frame(0);
        model.frame(0);
        assertEquals(7, live.timeline.size());
        model.frame(0);
        assertEquals(5 * SECOND, model.playheadNanos());
        assertEquals(3, live.maxDrained);
    }

    @Test
    void scrubbingBackLeavesTheLiveEdgeAndGoLiveReturns() {
        Growing live = new Growing();
        live.now = 60 * SECOND;
        PlayerModel model = new PlayerModel();
        model.load(live);
        model.seek(10 * SECOND);
        assertFalse(model.atLiveEdgeProperty().get());
        live.now = 70 * SECOND;
        model.frame(SECOND);
        assertEquals(11 * SECOND, model.playheadNanos(), "playing on from where the user scrubbed");
        model.goLive();
        assertEquals(70 * SECOND, model.playheadNanos());
        assertTrue(model.atLiveEdgeProperty().get());
    }

    @Test
    void aFinishedLiveSessionBecomesAnOrdinaryCompletePlayback() {
        Growing live = new Growing();
        live.now = 10 * SECOND;
        PlayerModel model = new PlayerModel();
        model.load(live);
        live.done = true;
        model.frame(0);
        assertFalse(model.liveProperty().get());
        model.pause();
        model.seek(4 * SECOND);
        model.play();
        model.frame(20 * SECOND);
        assertEquals(10 * SECOND, model.playheadNanos());
        assertFalse(model.isPlaying(), "playing into the end of a finished session pauses");
    }
}

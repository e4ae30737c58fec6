package dev.podium.live.informer;

import dev.podium.timeline.Timeline;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.state.KubeProjection;
import dev.podium.world.kube.state.KubeState;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/**
 * Drives a {@link LiveSession} the way the FX loop will: drains bounded batches into a {@link Timeline} and folds
 * them with {@link KubeProjection}. Waits on the session's queue condition, never sleeps.
 */
final class LiveHarness {

    final LiveSession session;
    final Timeline timeline = new Timeline();
    final KubeProjection projection = new KubeProjection();
    final KubeState state = projection.initial();
    private int folded;

    LiveHarness(LiveSession session) {
        this.session = session;
    }

    /** Drains and folds everything queued now. */
    void pump() {
        while (session.drain(timeline, 1_000) > 0) {
            fold();
        }
    }

    private void fold() {
        List<WorldEvent> events = timeline.events();
        for (; folded < events.size(); folded++) {
            projection.apply(state, events.get(folded));
        }
    }

    /** Pumps until {@code condition} holds of the state, failing after {@code timeout}. */
    void awaitState(Predicate<KubeState> condition, Duration timeout, String what) throws InterruptedException {
        awaitTrue(() -> condition.test(state), timeout, what);
    }

    /** Pumps until {@code condition} holds, failing after {@code timeout}. */
    void awaitTrue(java.util.function.BooleanSupplier condition, Duration timeout, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        pump();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what + "; status " + session.status());
            }
            session.awaitEvents(Duration.ofMillis(50));
            pump();
        }
    }

    /** Events of {@code type} in the timeline so far. */
    <E extends WorldEvent> List<E> events(Class<E> type) {
        return timeline.events().stream().filter(type::isInstance).map(type::cast).toList();
    }
}

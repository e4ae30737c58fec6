package dev.podium.live.informer;

import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.event.KubeEvent;
import java.util.List;
import java.util.function.LongFunction;

/**
 * Turns the change of one compact record into the Kubernetes events that fold it into the projection: what a new
 * object needs to appear as the API server holds it, what a change needs (only meaningful changes: phase, status,
 * readiness, scheduling, scale), what a removal needs. Events are factories of the event time, stamped later by
 * {@link LiveEventQueue}. Stateless; called on one informer's handler thread.
 *
 * @param <R> the compact record
 */
interface KindDiffer<R> {

    void added(R now, List<LongFunction<WorldEvent>> out);

    void changed(R before, R now, List<LongFunction<WorldEvent>> out);

    void removed(R before, List<LongFunction<WorldEvent>> out);
}

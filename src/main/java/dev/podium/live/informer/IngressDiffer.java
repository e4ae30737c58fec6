package dev.podium.live.informer;

import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.traffic.event.IngressGone;
import dev.podium.world.kube.traffic.event.IngressObserved;
import java.util.List;
import java.util.function.LongFunction;

/**
 * Ingress changes, one object at a time: a new or changed Ingress is {@code IngressObserved} with its own rules, a
 * removed one {@code IngressGone}. Stateless.
 */
final class IngressDiffer implements KindDiffer<IngressRecord> {

    @Override
    public void added(IngressRecord now, List<LongFunction<WorldEvent>> out) {
        out.add(t -> new IngressObserved(t, now.key(), now.routes()));
    }

    @Override
    public void changed(IngressRecord before, IngressRecord now, List<LongFunction<WorldEvent>> out) {
        if (!before.routes().equals(now.routes())) {
            added(now, out);
        }
    }

    @Override
    public void removed(IngressRecord before, List<LongFunction<WorldEvent>> out) {
        out.add(t -> new IngressGone(t, before.key()));
    }
}

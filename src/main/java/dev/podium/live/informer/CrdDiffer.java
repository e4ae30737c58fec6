package dev.podium.live.informer;

import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.custom.event.CustomResourceDefinitionCreated;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongFunction;

/**
 * CustomResourceDefinition changes: a new one (or one whose served version, kind or scope changed) is
 * {@code CustomResourceDefinitionCreated} and hands its kind to {@code serve}, which starts watching that kind
 * (bounded, see {@link CustomKinds}). A CRD without a served version is skipped. Removal emits nothing: the API
 * server deletes its objects, whose deletes the kind's informer reports.
 */
final class CrdDiffer implements KindDiffer<CrdRecord> {
    private final Consumer<CrdRecord> serve;

    CrdDiffer(Consumer<CrdRecord> serve) {
        this.serve = serve;
    }

    @Override
    public void added(CrdRecord now, List<LongFunction<WorldEvent>> out) {
        if (now.version().isEmpty()) {
            return;
        }
        out.add(t -> new CustomResourceDefinitionCreated(t, now.key(), now.kind(), now.apiVersion(), now.plural(),
                now.scope()));
        serve.accept(now);
    }

    @Override
    public void changed(CrdRecord before, CrdRecord now, List<LongFunction<WorldEvent>> out) {
        added(now, out);
    }

    @Override
    public void removed(CrdRecord before, List<LongFunction<WorldEvent>> out) {
        // the kind's own informer reports its objects' deletes
    }
}

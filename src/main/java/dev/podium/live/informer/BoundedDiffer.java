package dev.podium.live.informer;

import dev.podium.live.log.LiveLog;
import dev.podium.timeline.WorldEvent;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * A differ that shows at most {@code bound} objects of a kind: past it, new objects are not shown (one warning names
 * the kind and the bound) until shown ones go. Changes and removals of objects never shown emit nothing. Called on one
 * informer's handler thread.
 *
 * @param <R> the compact record
 */
final class BoundedDiffer<R> implements KindDiffer<R> {
    private static final LiveLog LOG = LiveLog.of(BoundedDiffer.class);

    private final KindDiffer<R> inner;
    private final int bound;
    private final String kind;
    private final Function<R, String> key;
    private final Set<String> shown = new HashSet<>();
    private boolean warned;

    BoundedDiffer(KindDiffer<R> inner, int bound, String kind, Function<R, String> key) {
        this.inner = inner;
        this.bound = bound;
        this.kind = kind;
        this.key = key;
    }

    @Override
    public void added(R now, List<LongFunction<WorldEvent>> out) {
        if (shown.size() >= bound) {
            if (!warned) {
                warned = true;
                LOG.warn("showing only the first {} objects of kind {}", bound, kind);
            }
            return;
        }
        shown.add(key.apply(now));
        inner.added(now, out);
    }

    @Override
    public void changed(R before, R now, List<LongFunction<WorldEvent>> out) {
        if (shown.contains(key.apply(now))) {
            inner.changed(before, now, out);
        }
    }

    @Override
    public void removed(R before, List<LongFunction<WorldEvent>> out) {
        if (shown.remove(key.apply(before))) {
            inner.removed(before, out);
        }
    }
}

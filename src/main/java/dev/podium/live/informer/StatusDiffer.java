package dev.podium.live.informer;

import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.custom.event.CustomObjectConditionChanged;
import dev.podium.world.kube.custom.event.CustomObjectCreated;
import dev.podium.world.kube.custom.event.CustomObjectDeleted;
import dev.podium.world.kube.custom.event.CustomObjectSummaryChanged;
import java.util.List;
import java.util.Objects;
import java.util.function.LongFunction;

/**
 * Changes of a generically listed object as custom-object events, so it appears in the workloads list and the
 * inspector like an operator's objects: created with its summary and then each condition, a new summary when the
 * counts change, a condition event for each condition whose status, reason or message changed, deleted. Stateless.
 */
final class StatusDiffer implements KindDiffer<StatusRecord> {

    @Override
    public void added(StatusRecord now, List<LongFunction<WorldEvent>> out) {
        out.add(t -> new CustomObjectCreated(t, now.kind(), now.key(), now.summary()));
        for (StatusRecord.Condition c : now.conditions()) {
            out.add(t -> condition(t, now, c));
        }
    }

    @Override
    public void changed(StatusRecord before, StatusRecord now, List<LongFunction<WorldEvent>> out) {
        if (!before.summary().equals(now.summary())) {
            out.add(t -> new CustomObjectSummaryChanged(t, now.kind(), now.key(), now.summary()));
        }
        for (StatusRecord.Condition c : now.conditions()) {
            StatusRecord.Condition old = before.conditions().stream().filter(o -> o.type().equals(c.type()))
                    .findFirst().orElse(null);
            if (!Objects.equals(old, c)) {
                out.add(t -> condition(t, now, c));
            }
        }
    }

    @Override
    public void removed(StatusRecord before, List<LongFunction<WorldEvent>> out) {
        out.add(t -> new CustomObjectDeleted(t, before.kind(), before.key()));
    }

    private static WorldEvent condition(long t, StatusRecord r, StatusRecord.Condition c) {
        return new CustomObjectConditionChanged(t, r.kind(), r.key(), c.type(), c.status(), c.reason(), c.message());
    }
}

package dev.podium.world.kube.api;

import dev.podium.timeline.EventSink;
import dev.podium.world.kube.custom.event.BuiltinDeletionRequested;
import dev.podium.world.kube.custom.event.BuiltinFinalizersChanged;
import dev.podium.world.kube.custom.event.CustomObjectConditionChanged;
import dev.podium.world.kube.custom.event.CustomObjectCreated;
import dev.podium.world.kube.custom.event.CustomObjectDeleted;
import dev.podium.world.kube.custom.event.CustomObjectDeletionRequested;
import dev.podium.world.kube.custom.event.CustomObjectFinalizersChanged;
import java.util.Objects;

/**
 * The events of committed changes to custom objects and Secrets, for {@link ChangeEmitter}: created, each changed
 * status condition, changed finalizers, a delete that has to wait for finalizers, removal; and the deletion
 * metadata of a Deployment or ReplicaSet held by a foreground or orphan delete. Kernel thread only.
 */
final class CustomChanges {
    private final EventSink sink;

    CustomChanges(EventSink sink) {
        this.sink = sink;
    }

    void changed(long t, CustomObject old, CustomObject now) {
        if (old == null) {
            sink.emit(new CustomObjectCreated(t, now.customKind(), now.key(), now.summary()));
            if (!now.finalizers().isEmpty()) {
                sink.emit(new CustomObjectFinalizersChanged(t, now.customKind(), now.key(), now.finalizers()));
            }
            return;
        }
        if (now.deleting() && !old.deleting()) {
            sink.emit(new CustomObjectDeletionRequested(t, now.customKind(), now.key(), now.propagation(),
                    now.finalizers()));
        } else if (!old.finalizers().equals(now.finalizers())) {
            sink.emit(new CustomObjectFinalizersChanged(t, now.customKind(), now.key(), now.finalizers()));
        }
        for (Condition c : now.conditions()) {
            if (!Objects.equals(old.condition(c.type()), c)) {
                sink.emit(new CustomObjectConditionChanged(t, now.customKind(), now.key(), c.type(), c.status(),
                        c.reason(), c.message()));
            }
        }
    }

    /** A Deployment's or ReplicaSet's deletionTimestamp set, or one of the garbage collector's finalizers removed. */
    void deletion(long t, Deletable old, Deletable now) {
        if (old == null || old.deletion().equals(now.deletion())) {
            return;
        }
        if (!old.deletion().marked()) {
            sink.emit(new BuiltinDeletionRequested(t, now.kindName(), now.key(), now.deletion().propagation(),
                    now.deletion().finalizers()));
        } else {
            sink.emit(new BuiltinFinalizersChanged(t, now.kindName(), now.key(), now.deletion().finalizers()));
        }
    }

    void removed(long t, CustomObject old) {
        sink.emit(new CustomObjectDeleted(t, old.customKind(), old.key()));
    }
}

package dev.podium.world.kube.custom;

import dev.podium.world.kube.custom.event.BuiltinDeletionRequested;
import dev.podium.world.kube.custom.event.BuiltinFinalizersChanged;
import dev.podium.world.kube.custom.event.CustomEvent;
import dev.podium.world.kube.custom.event.CustomObjectConditionChanged;
import dev.podium.world.kube.custom.event.CustomObjectCreated;
import dev.podium.world.kube.custom.event.CustomObjectDeleted;
import dev.podium.world.kube.custom.event.CustomObjectDeletionRequested;
import dev.podium.world.kube.custom.event.CustomObjectFinalizersChanged;
import dev.podium.world.kube.custom.event.CustomObjectSummaryChanged;
import dev.podium.world.kube.custom.event.CustomResourceDefinitionCreated;
import dev.podium.world.kube.custom.event.GarbageCollectorDeleted;
import dev.podium.world.kube.custom.event.OwnerReferenceRemoved;
import dev.podium.world.kube.custom.event.OwnerReferenceSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Folds {@link CustomEvent}s into a {@link CustomState}, one small method per kind. Pure. */
public final class CustomFold {
    private CustomFold() {
    }

    public static void apply(CustomState s, CustomEvent e) {
        if (e instanceof CustomResourceDefinitionCreated c) {
            s.crds.put(c.crd(), c.kind() + " (" + c.apiVersion() + ", " + c.scope() + ")");
        } else if (e instanceof CustomObjectCreated c) {
            s.objects.put(c.kind() + " " + c.object(), new CustomObjectView(c.kind(), c.object(), c.summary(),
                    List.of(), false, "", List.of(), ""));
        } else if (e instanceof CustomObjectSummaryChanged c) {
            update(s, c.kind(), c.object(), v -> new CustomObjectView(v.kind(), v.key(), c.summary(), v.finalizers(),
                    v.deleting(), v.propagation(), v.conditions(), v.owner()));
        } else if (e instanceof CustomObjectConditionChanged c) {
            condition(s, c);
        } else if (e instanceof CustomObjectFinalizersChanged c) {
            update(s, c.kind(), c.object(), v -> new CustomObjectView(v.kind(), v.key(), v.summary(),
                    c.finalizers(), v.deleting(), v.propagation(), v.conditions(), v.owner()));
        } else if (e instanceof CustomObjectDeletionRequested c) {
            update(s, c.kind(), c.object(), v -> new CustomObjectView(v.kind(), v.key(), v.summary(),
                    c.finalizers(), true, c.propagation(), v.conditions(), v.owner()));
        } else if (e instanceof CustomObjectDeleted c) {
            s.objects.remove(c.kind() + " " + c.object());
            s.owners.remove(c.kind() + " " + c.object());
        } else if (e instanceof OwnerReferenceSet c) {
            s.owners.put(c.kind() + " " + c.object(), c.ownerKind() + " " + c.owner());
            update(s, c.kind(), c.object(), v -> new CustomObjectView(v.kind(), v.key(), v.summary(),
                    v.finalizers(), v.deleting(), v.propagation(), v.conditions(), c.ownerKind() + " " + c.owner()));
        } else if (e instanceof OwnerReferenceRemoved c) {
            s.owners.remove(c.kind() + " " + c.object());
            update(s, c.kind(), c.object(), v -> new CustomObjectView(v.kind(), v.key(), v.summary(),
                    v.finalizers(), v.deleting(), v.propagation(), v.conditions(), ""));
        } else if (e instanceof BuiltinDeletionRequested c) {
            s.deletions.put(c.kind() + " " + c.object(), new BuiltinDeletionView(c.propagation(), c.finalizers()));
        } else if (e instanceof BuiltinFinalizersChanged c) {
            BuiltinDeletionView v = s.deletions.get(c.kind() + " " + c.object());
            if (c.finalizers().isEmpty()) {
                s.deletions.remove(c.kind() + " " + c.object());
            } else if (v != null) {
                s.deletions.put(c.kind() + " " + c.object(), new BuiltinDeletionView(v.propagation(), c.finalizers()));
            }
        } else if (e instanceof GarbageCollectorDeleted) {
            s.garbageCollected++;
        }
    }

    private static void condition(CustomState s, CustomObjectConditionChanged c) {
        update(s, c.kind(), c.object(), v -> {
            List<String> next = new ArrayList<>();
            String text = c.condition() + "=" + c.status() + (c.reason().isEmpty() ? "" : " (" + c.reason() + ")");
            boolean replaced = false;
            for (String old : v.conditions()) {
                if (old.startsWith(c.condition() + "=")) {
                    next.add(text);
                    replaced = true;
                } else {
                    next.add(old);
                }
            }
            if (!replaced) {
                next.add(text);
            }
            return new CustomObjectView(v.kind(), v.key(), v.summary(), v.finalizers(), v.deleting(),
                    v.propagation(), next, v.owner());
        });
    }

    private static void update(CustomState s, String kind, String key,
            UnaryOperator<CustomObjectView> change) {
        CustomObjectView v = s.objects.get(kind + " " + key);
        if (v != null) {
            s.objects.put(kind + " " + key, change.apply(v));
        }
    }
}

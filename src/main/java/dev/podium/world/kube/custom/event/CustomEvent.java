package dev.podium.world.kube.custom.event;

import dev.podium.timeline.WorldEvent;
import java.util.List;

/**
 * The events of custom resources in the Kubernetes world: CustomResourceDefinitions, custom objects (and the Secrets
 * operators create) with their status conditions, finalizers and deletion, owner references and the garbage
 * collector (with the finalizers it uses on Deployments and ReplicaSets). Part of the kube world (its projection, narration and recordings), sealed separately because a sealed
 * interface may only permit types of its own package. Names follow {@code KubeEvent}: objects as
 * {@code namespace/name} with their kind beside them, times in simulated nanoseconds.
 */
public sealed interface CustomEvent extends WorldEvent permits CustomResourceDefinitionCreated, CustomObjectCreated,
        CustomObjectConditionChanged, CustomObjectFinalizersChanged, CustomObjectDeletionRequested,
        CustomObjectDeleted, OwnerReferenceSet, OwnerReferenceRemoved, GarbageCollectorDeleted,
        CustomObjectSummaryChanged, BuiltinDeletionRequested, BuiltinFinalizersChanged {

    /** Every custom-resource event type, for recordings. */
    static List<Class<? extends WorldEvent>> types() {
        return List.of(CustomResourceDefinitionCreated.class, CustomObjectCreated.class,
                CustomObjectConditionChanged.class, CustomObjectFinalizersChanged.class,
                CustomObjectDeletionRequested.class, CustomObjectDeleted.class, OwnerReferenceSet.class,
                OwnerReferenceRemoved.class, GarbageCollectorDeleted.class, CustomObjectSummaryChanged.class,
                BuiltinDeletionRequested.class, BuiltinFinalizersChanged.class);
    }
}

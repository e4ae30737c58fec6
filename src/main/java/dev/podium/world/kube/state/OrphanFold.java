package dev.podium.world.kube.state;

import dev.podium.world.kube.custom.event.OwnerReferenceRemoved;

/**
 * Folds the garbage collector orphaning a built-in dependent for {@link KubeProjection}: a ReplicaSet no longer
 * owned by its Deployment (an orphan delete of the Deployment) is listed on its own, a pod no longer owned by its
 * ReplicaSet shows no owner. Objects of other kinds are the custom part's. Pure.
 */
final class OrphanFold {
    private OrphanFold() {
    }

    static void apply(KubeState s, OwnerReferenceRemoved e) {
        if (e.kind().equals("ReplicaSet")) {
            ReplicaSetView r = s.replicaSets.get(e.object());
            if (r != null) {
                s.replicaSets.put(e.object(), new ReplicaSetView(r.key(), "", r.revision(), r.templateHash(),
                        r.replicas(), r.current(), r.ready(), r.available(), r.image()));
            }
        } else if (e.kind().equals("Pod")) {
            PodView p = s.pods.get(e.object());
            if (p != null) {
                s.pods.put(e.object(), p.withOwner(""));
            }
        }
    }
}

package dev.podium.world.kube;

import dev.podium.world.kube.api.ApiServer;
import dev.podium.world.kube.api.Deletion;
import dev.podium.world.kube.api.Deployment;
import dev.podium.world.kube.api.Hpa;
import dev.podium.world.kube.api.Pod;
import dev.podium.world.kube.api.ReplicaSet;
import dev.podium.world.kube.api.Service;
import dev.podium.world.kube.control.Names;
import dev.podium.world.kube.spec.DeploymentManifest;
import dev.podium.world.kube.spec.HpaManifest;
import dev.podium.world.kube.spec.KubeManifest;
import dev.podium.world.kube.spec.PodManifest;
import dev.podium.world.kube.spec.ReplicaSetManifest;
import dev.podium.world.kube.spec.ServiceManifest;

/**
 * Creates the API object of a built-in manifest (Pod, Deployment, ReplicaSet, Service, HPA) as {@code kubectl apply}
 * would, with empty status; other kinds are created by the component that owns them. Kernel thread only.
 */
final class ManifestObjects {
    private ManifestObjects() {
    }

    static void create(ApiServer api, KubeManifest m, long now) {
        String ns = m.meta().namespace().isEmpty() ? "default" : m.meta().namespace();
        String name = m.meta().name();
        String key = ns + "/" + name;
        if (m instanceof PodManifest) {
            api.create(Pod.create(ns, name, m.meta().labels(), "", ((PodManifest) m).spec(), now), "user");
        } else if (m instanceof DeploymentManifest) {
            DeploymentManifest d = (DeploymentManifest) m;
            api.create(new Deployment(ns, name, key, d.replicas(), d.selector(), d.template(), d.strategy(),
                    d.maxSurge(), d.maxUnavailable(), d.revisionHistoryLimit(), d.minReadyNanos(), now, 0, 0, 0, 0,
                    Deletion.NONE, 0), "user");
        } else if (m instanceof ReplicaSetManifest) {
            ReplicaSetManifest r = (ReplicaSetManifest) m;
            api.create(new ReplicaSet(ns, name, key, "", r.selector(), r.template(), Names.templateHash(r.template()),
                    0, r.replicas(), 0, 0, 0, 0, now, Deletion.NONE, 0), "user");
        } else if (m instanceof ServiceManifest) {
            ServiceManifest s = (ServiceManifest) m;
            api.create(new Service(ns, name, key, s.selector(), s.ports(), 0), "user");
        } else if (m instanceof HpaManifest) {
            HpaManifest h = (HpaManifest) m;
            api.create(new Hpa(ns, name, key, ns + "/" + h.targetName(), h.minReplicas(), h.maxReplicas(),
                    h.targetCpuPercent(), h.scaleUpStabilizationNanos(), h.scaleDownStabilizationNanos(), 0, 0, 0, -1,
                    0), "user");
        }
    }
}

package dev.podium.world.kube;

import dev.podium.world.kube.api.ApiClient;
import dev.podium.world.kube.api.ApiServer;
import dev.podium.world.kube.api.Deployment;
import dev.podium.world.kube.api.Kind;
import dev.podium.world.kube.api.ReplicaSet;
import dev.podium.world.kube.spec.ContainerSpec;
import dev.podium.world.kube.spec.PodSpec;
import dev.podium.world.kube.spec.PodTemplate;
import dev.podium.world.kube.workload.Workloads;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the user does to a Deployment through kubectl — scale, set image, rollout undo, annotate the template — as
 * writes of the user's API client. A name without a namespace means {@code default}; each method returns the key it
 * acted on (for the cluster's action event) and refuses a Deployment that does not exist. Kernel thread only.
 */
final class DeploymentEdits {
    private final ApiServer api;
    private final ApiClient user;

    DeploymentEdits(ApiServer api, ApiClient user) {
        this.api = api;
        this.user = user;
    }

    /** kubectl scale deployment (or statefulset, when there is no Deployment of that name). */
    String scale(Workloads workloads, String deploymentName, int replicas) {
        String key = key(deploymentName);
        if (api.get(Kind.DEPLOYMENT, key) == null && workloads != null && workloads.scale(user, key, replicas)) {
            return key;
        }
        require(key);
        user.write(() -> api.patch(Kind.DEPLOYMENT, key, o -> ((Deployment) o).withReplicas(replicas), "user"),
                null);
        return key;
    }

    /** kubectl set image on the named container ("" = the first), of a Deployment or else a DaemonSet. */
    String setImage(Workloads workloads, String deploymentName, String container, String image) {
        String key = key(deploymentName);
        if (api.get(Kind.DEPLOYMENT, key) == null && workloads != null
                && workloads.setImage(user, key, t -> withImage(t, container, image))) {
            return key;
        }
        require(key);
        user.write(() -> api.patch(Kind.DEPLOYMENT, key, o -> {
            Deployment d = (Deployment) o;
            return d.withTemplate(withImage(d.template(), container, image));
        }, "user"), null);
        return key;
    }

    /** kubectl rollout undo; returns the revision rolled back to. */
    int rolloutUndo(String key, int toRevision) {
        require(key);
        List<ReplicaSet> sets = new ArrayList<>();
        api.list(Kind.REPLICASET).stream().map(o -> (ReplicaSet) o).filter(r -> r.owner().equals(key))
                .forEach(sets::add);
        sets.sort((a, b) -> Integer.compare(b.revision(), a.revision()));
        ReplicaSet target = toRevision > 0 ? sets.stream().filter(r -> r.revision() == toRevision).findFirst()
                .orElse(null) : sets.size() > 1 ? sets.get(1) : null;
        if (target == null) {
            throw new IllegalArgumentException(toRevision > 0 ? "Deployment " + key + " has no revision "
                    + toRevision : "Deployment " + key + " has no previous revision to roll back to");
        }
        Map<String, String> labels = new TreeMap<>(target.template().labels());
        labels.remove("pod-template-hash"); // as kubectl does, so the template hashes as it did
        PodTemplate template = new PodTemplate(labels, target.template().spec());
        user.write(() -> api.patch(Kind.DEPLOYMENT, key, o -> ((Deployment) o).withTemplate(template), "user"),
                null);
        return target.revision();
    }

    /** Sets one pod-template annotation of the Deployment {@code key}: a new template, so a rollout. */
    void annotateTemplate(String key, String annotation, String value) {
        user.write(() -> api.patch(Kind.DEPLOYMENT, key, o -> {
            Deployment d = (Deployment) o;
            return d.withTemplate(d.template().withAnnotation(annotation, value));
        }, "user"), null);
    }

    private static PodTemplate withImage(PodTemplate t, String container, String image) {
        List<ContainerSpec> cs = new ArrayList<>();
        boolean done = false;
        for (ContainerSpec c : t.spec().containers()) {
            if (!done && (container.isEmpty() || container.equals(c.name()))) {
                cs.add(new ContainerSpec(c.name(), image, c.requests(), c.limits(), c.liveness(), c.readiness(),
                        c.startup(), c.sidecar(), c.preStopNanos()));
                done = true;
            } else {
                cs.add(c);
            }
        }
        PodSpec s = t.spec();
        return new PodTemplate(t.labels(), new PodSpec(cs, s.initContainers(), s.nodeSelector(), s.tolerations(),
                s.nodeName(), s.restartPolicy(), s.terminationGraceNanos(), s.priority(), s.configRefs(),
                s.scheduling()), t.annotations());
    }

    /** {@code namespace/name} for a name that may lack its namespace. */
    static String key(String name) {
        return name.contains("/") ? name : "default/" + name;
    }

    void require(String key) {
        if (api.get(Kind.DEPLOYMENT, key) == null) {
            throw new IllegalArgumentException("no Deployment " + key);
        }
    }
}

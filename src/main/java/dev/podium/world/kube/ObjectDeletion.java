package dev.podium.world.kube;

import dev.podium.world.kube.api.ApiClient;
import dev.podium.world.kube.api.ApiServer;
import dev.podium.world.kube.api.Kind;
import java.util.List;

/**
 * kubectl delete of a built-in object with the default propagationPolicy (Background): the object goes at once and
 * the garbage collector then deletes what it owns (a Deployment's ReplicaSets, a ReplicaSet's or a workload's pods).
 * Deleting a Service removes its endpoints, so requests to it fail; deleting an HPA stops scaling its target, which
 * keeps its replica count. Kernel thread only.
 */
final class ObjectDeletion {
    /** The kinds the delete verb accepts, as kubectl names them. */
    static final List<String> KINDS = List.of("deployment", "replicaset", "hpa", "service", "statefulset",
            "daemonset", "job");

    private final ApiServer api;
    private final ApiClient user;

    ObjectDeletion(ApiServer api, ApiClient user) {
        this.api = api;
        this.user = user;
    }

    /** Deletes {@code kind} {@code name} (a name without a namespace means default); returns its key. */
    String delete(String kind, String name) {
        Kind k = kind(kind);
        String key = name.contains("/") ? name : "default/" + name;
        if (api.get(k, key) == null) {
            throw new IllegalArgumentException("no " + kind + " " + key + " to delete");
        }
        user.write(() -> api.delete(k, key, "user"), null);
        return key;
    }

    private static Kind kind(String kind) {
        return switch (kind) {
            case "deployment" -> Kind.DEPLOYMENT;
            case "replicaset" -> Kind.REPLICASET;
            case "hpa" -> Kind.HPA;
            case "service" -> Kind.SERVICE;
            case "statefulset" -> Kind.STATEFULSET;
            case "daemonset" -> Kind.DAEMONSET;
            case "job" -> Kind.JOB;
            default -> throw new IllegalArgumentException("cannot delete kind '" + kind + "': use one of "
                    + String.join(", ", KINDS));
        };
    }
}

package dev.podium.world.kube;

import dev.podium.world.kube.api.ApiClient;
import dev.podium.world.kube.api.ApiServer;
import dev.podium.world.kube.api.Kind;
import java.util.List;

/**
 * kubectl delete of a built-in object. With the default propagationPolicy (Background) the object goes at once and
 * the garbage collector then deletes what it owns (a Deployment's ReplicaSets, a ReplicaSet's or a workload's pods).
 * With Foreground ({@code --cascade=foreground}) a Deployment or ReplicaSet stays, marked for deletion with the
 * {@code foregroundDeletion} finalizer, until the garbage collector has deleted its dependents; with Orphan
 * ({@code --cascade=orphan}) it stays with the {@code orphan} finalizer until the collector has cleared its
 * dependents' owner, and they keep running. Deleting a Service removes its endpoints, so requests to it fail;
 * deleting an HPA stops scaling its target, which keeps its replica count. Kernel thread only.
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

    /** The propagationPolicy of kubectl's {@code --cascade} value (background, foreground, orphan). */
    static String propagation(String cascade) {
        return switch (cascade) {
            case "background" -> "Background";
            case "foreground" -> "Foreground";
            case "orphan" -> "Orphan";
            default -> throw new IllegalArgumentException("cascade '" + cascade
                    + "': use background, foreground or orphan");
        };
    }

    /**
     * Deletes {@code kind} {@code name} (a name without a namespace means default) with {@code propagation}
     * (Background, Foreground, Orphan); returns its key.
     */
    String delete(String kind, String name, String propagation) {
        Kind k = kind(kind);
        String key = name.contains("/") ? name : "default/" + name;
        if (api.get(k, key) == null) {
            throw new IllegalArgumentException("no " + kind + " " + key + " to delete");
        }
        if (propagation.equals("Background")) {
            user.write(() -> api.delete(k, key, "user"), null);
        } else if (k == Kind.DEPLOYMENT || k == Kind.REPLICASET) {
            user.write(() -> api.deleteWithPropagation(k, key, propagation, "user"), null);
        } else {
            throw new IllegalArgumentException("cascade " + propagation.toLowerCase(java.util.Locale.ROOT)
                    + " is simulated for deployment and replicaset only, not " + kind);
        }
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

package dev.podium.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The kube world's verbs and their arguments, checked when a scenario loads (documented in
 * docs/scenario-format.md). Every kube verb but {@code say} needs a {@code target}: a pod pattern
 * ({@code namespace/name} or {@code name}, with {@code *}), a node name, a Deployment name, or an
 * informer or controller name for {@code dropWatch}.
 */
final class KubeVerbs {
    /** Most replicas a scale action may ask for. */
    static final int MAX_REPLICAS = 200_000;
    /** Most CPU a load action may set, in millicores (10,000 cores). */
    static final long MAX_MILLI_CPU = 10_000_000L;

    private KubeVerbs() {
    }

    static Map<String, ActionCatalog.ArgsCheck> checks(ActionCatalog.ArgsCheck noArgs) {
        Map<String, ActionCatalog.ArgsCheck> kube = new LinkedHashMap<>();
        kube.put("say", noArgs);
        ActionCatalog.ArgsCheck targetOnly = targeted((verb, target, args, where) -> args.rejectUnknown());
        for (String verb : List.of("deletePod", "failNode", "recoverNode", "cordon", "uncordon", "drain",
                "dropWatch")) {
            kube.put(verb, targetOnly);
        }
        kube.put("crashContainer", targeted((verb, target, args, where) -> args.rejectUnknown("container")));
        ActionCatalog.ArgsCheck probe = targeted((verb, target, args, where) -> {
            args.rejectUnknown("container");
            if (!args.has("container")) {
                throw new ScenarioException(where, verb + " needs 'container' (a container name, or * for all)");
            }
        });
        for (String verb : List.of("failLiveness", "restoreLiveness", "failReadiness", "restoreReadiness")) {
            kube.put(verb, probe);
        }
        kube.put("scale", targeted((verb, target, args, where) -> {
            args.rejectUnknown("replicas");
            if (!args.has("replicas")) {
                throw new ScenarioException(where, "scale needs 'replicas'");
            }
            args.integer("replicas", 0, 0, MAX_REPLICAS);
        }));
        kube.put("setImage", targeted((verb, target, args, where) -> {
            args.rejectUnknown("image", "container");
            if (args.text("image", "").isBlank()) {
                throw new ScenarioException(where, "setImage needs 'image'");
            }
        }));
        kube.put("setLoad", targeted((verb, target, args, where) -> {
            args.rejectUnknown("cpuPerPod", "totalCpu");
            if (args.has("cpuPerPod") == args.has("totalCpu")) {
                throw new ScenarioException(where, "setLoad needs exactly one of 'cpuPerPod' (each pod's CPU use, "
                        + "e.g. 400m) or 'totalCpu' (shared by the ready pods, e.g. 6)");
            }
            args.milliCpu("cpuPerPod", 0, 0, MAX_MILLI_CPU);
            args.milliCpu("totalCpu", 0, 0, MAX_MILLI_CPU);
        }));
        return Collections.unmodifiableMap(kube);
    }

    /** Wraps a check so that a missing target is reported first, at the action. */
    private static ActionCatalog.ArgsCheck targeted(ActionCatalog.ArgsCheck check) {
        return (verb, target, args, where) -> {
            if (target.isBlank()) {
                throw new ScenarioException(where, verb + " needs a 'target' (" + targetKind(verb) + ")");
            }
            check.check(verb, target, args, where);
        };
    }

    private static String targetKind(String verb) {
        switch (verb) {
            case "failNode", "recoverNode", "cordon", "uncordon", "drain":
                return "a node name";
            case "scale", "setImage", "setLoad":
                return "a Deployment name";
            case "dropWatch":
                return "an informer such as kcm/pods, or a controller such as replicaset";
            default:
                return "a pod name or pattern such as web-*";
        }
    }
}

package dev.podium.scenario.kube;

import dev.podium.scenario.Arg;
import dev.podium.scenario.ScenarioException;
import dev.podium.scenario.Target;
import dev.podium.scenario.Verb;
import dev.podium.world.kube.KubeCluster;
import java.util.ArrayList;
import java.util.List;

/**
 * The kube world's verbs and their arguments (documented in docs/scenario-format.md). Every verb needs a
 * {@code target}: a pod pattern ({@code namespace/name} or {@code name}, with {@code *}), a node name, a Deployment
 * name, an informer or controller name for {@code dropWatch}, or a custom object for {@code deleteObject}. A target that names nothing is refused by the
 * cluster when the action runs, as an action problem at the action's place.
 */
final class KubeVerbs {
    /** Most replicas a scale action may ask for. */
    static final int MAX_REPLICAS = 200_000;
    /** Most CPU a load action may set, in millicores (10,000 cores). */
    static final long MAX_MILLI_CPU = 10_000_000L;

    static final Target POD = new Target("pod", "a pod name or pattern such as web-*");
    static final Target NODE = new Target("node", "a node name");
    static final Target DEPLOYMENT = new Target("deployment", "a Deployment name");
    static final Target CONFIG_MAP = new Target("configmap", "a ConfigMap name");
    static final Target INFORMER = new Target("informer",
            "an informer such as kcm/pods, or a controller such as replicaset");

    static final Target OBJECT = new Target("object", "a custom object name or pattern such as orders");

    static final Target NAMED = new Target("name", "the name of the object to delete, such as web");
    static final Arg<String> DELETE_KIND = Arg.choice("kind", "deployment", "deployment", "replicaset", "hpa",
            "service", "statefulset", "daemonset", "job").required("what to delete: deployment, replicaset, hpa, "
            + "service, statefulset, daemonset or job");

    static final Arg<String> CASCADE = Arg.choice("cascade", "background", "background", "foreground", "orphan");
    static final Arg<String> PROPAGATION = Arg.choice("propagation", "Background", "Background", "Foreground",
            "Orphan");
    static final Arg<String> CONTAINER = Arg.text("container", "*");
    static final Arg<String> LIKE = Arg.text("like", "").required("the name of a node in the manifests to copy");
    static final Arg<String> PROBED_CONTAINER = Arg.text("container", "*")
            .required("a container name, or * for all");
    static final Arg<Integer> REPLICAS = Arg.integer("replicas", 0, MAX_REPLICAS, 0).required();
    static final Arg<String> IMAGE = Arg.text("image", "").required();
    static final Arg<Integer> TO_REVISION = Arg.integer("toRevision", 0, 1_000_000, 0);
    static final Arg<String> IMAGE_CONTAINER = Arg.text("container", "");
    static final Arg<String> DATA_KEY = Arg.text("key", "").required("a key of the ConfigMap's data");
    static final Arg<String> DATA_VALUE = Arg.text("value", "");
    static final Arg<String> ROLLOUT = Arg.text("rollout", "");
    static final Arg<Long> CPU_PER_POD = Arg.milliCpu("cpuPerPod", 0, MAX_MILLI_CPU, 0);
    static final Arg<Long> TOTAL_CPU = Arg.milliCpu("totalCpu", 0, MAX_MILLI_CPU, 0);

    static final List<Verb<KubeCluster>> ALL = all();

    private KubeVerbs() {
    }

    private static List<Verb<KubeCluster>> all() {
        List<Verb<KubeCluster>> verbs = new ArrayList<>();
        verbs.add(Verb.on("deletePod", POD, List.of(), (c, target, args) -> c.deletePod(target)));
        verbs.add(Verb.on("failNode", NODE, List.of(), (c, target, args) -> c.failNode(target)));
        verbs.add(Verb.on("recoverNode", NODE, List.of(), (c, target, args) -> c.recoverNode(target)));
        verbs.add(Verb.on("cordon", NODE, List.of(), (c, target, args) -> c.cordon(target)));
        verbs.add(Verb.on("uncordon", NODE, List.of(), (c, target, args) -> c.uncordon(target)));
        verbs.add(Verb.on("drain", NODE, List.of(), (c, target, args) -> c.drain(target)));
        verbs.add(Verb.on("dropWatch", INFORMER, List.of(), (c, target, args) -> c.dropWatch(target)));
        verbs.add(Verb.on("crashContainer", POD, List.of(CONTAINER),
                (c, target, args) -> c.crashContainer(target, CONTAINER.read(args))));
        verbs.add(Verb.on("failLiveness", POD, List.of(PROBED_CONTAINER),
                (c, target, args) -> c.failLiveness(target, PROBED_CONTAINER.read(args))));
        verbs.add(Verb.on("restoreLiveness", POD, List.of(PROBED_CONTAINER),
                (c, target, args) -> c.restoreLiveness(target, PROBED_CONTAINER.read(args))));
        verbs.add(Verb.on("failReadiness", POD, List.of(PROBED_CONTAINER),
                (c, target, args) -> c.failReadiness(target, PROBED_CONTAINER.read(args), true)));
        verbs.add(Verb.on("restoreReadiness", POD, List.of(PROBED_CONTAINER),
                (c, target, args) -> c.failReadiness(target, PROBED_CONTAINER.read(args), false)));
        verbs.add(Verb.on("scale", DEPLOYMENT, List.of(REPLICAS),
                (c, target, args) -> c.scale(target, REPLICAS.read(args))));
        verbs.add(Verb.on("setImage", DEPLOYMENT, List.of(IMAGE, IMAGE_CONTAINER),
                (c, target, args) -> c.setImage(target, IMAGE_CONTAINER.read(args), IMAGE.read(args))));
        verbs.add(Verb.<KubeCluster>on("setLoad", DEPLOYMENT, List.of(CPU_PER_POD, TOTAL_CPU), (c, target, args) -> {
            if (args.has(CPU_PER_POD.name())) {
                c.setLoad(target, CPU_PER_POD.read(args));
            } else {
                c.setTotalLoad(target, TOTAL_CPU.read(args));
            }
        }).withRule((verb, args, where) -> {
            if (args.has(CPU_PER_POD.name()) == args.has(TOTAL_CPU.name())) {
                throw new ScenarioException(where, "setLoad needs exactly one of 'cpuPerPod' (each pod's CPU use, "
                        + "e.g. 400m) or 'totalCpu' (shared by the ready pods, e.g. 6)");
            }
        }));
        verbs.add(Verb.on("updateConfigMap", CONFIG_MAP, List.of(DATA_KEY, DATA_VALUE, ROLLOUT),
                (c, target, args) -> c.updateConfigMap(target, DATA_KEY.read(args), DATA_VALUE.read(args),
                        ROLLOUT.read(args))));
        verbs.add(TrafficArgs.SET_RATE);
        verbs.add(FlowArgs.SET_WORKERS);
        verbs.add(FlowArgs.KILL_LEADER);
        verbs.add(Verb.on("deleteObject", OBJECT, List.of(PROPAGATION),
                (c, target, args) -> c.deleteObject(target, PROPAGATION.read(args))));
        verbs.add(Verb.on("addNode", NODE, List.of(LIKE), (c, target, args) -> c.addNode(target, LIKE.read(args))));
        verbs.add(Verb.on("deleteNode", NODE, List.of(), (c, target, args) -> c.deleteNode(target)));
        verbs.add(Verb.on("rolloutUndo", DEPLOYMENT, List.of(TO_REVISION),
                (c, target, args) -> c.rolloutUndo(target, TO_REVISION.read(args))));
        verbs.add(Verb.on("delete", NAMED, List.of(DELETE_KIND, CASCADE),
                (c, target, args) -> c.delete(DELETE_KIND.read(args), target, CASCADE.read(args))));
        return List.copyOf(verbs);
    }
}

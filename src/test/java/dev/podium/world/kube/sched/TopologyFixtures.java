package dev.podium.world.kube.sched;

import dev.podium.engine.RandomStream;
import dev.podium.world.kube.api.Node;
import dev.podium.world.kube.api.Pod;
import dev.podium.world.kube.spec.ContainerSpec;
import dev.podium.world.kube.spec.PodSpec;
import dev.podium.world.kube.spec.Resources;
import dev.podium.world.kube.spec.SchedulingSpec;
import java.util.List;
import java.util.Map;

/** Pods and zoned nodes for the topology filter tests (which extend it), and one scheduling run over them. */
abstract class TopologyFixtures {
    static final String ZONE = "topology.kubernetes.io/zone";
    static final String HOST = "kubernetes.io/hostname";
    private int created;

    /** A pod asking 100 m cpu and 1 MiB, created after the ones before. */
    Pod pod(String name, Map<String, String> labels, SchedulingSpec scheduling) {
        PodSpec spec = new PodSpec(List.of(new ContainerSpec("c", "img", new Resources(100, 1L << 20),
                Resources.NONE, null, null, null, false, 0)), List.of(), Map.of(), List.of(), "", "Always", 0, 0,
                scheduling);
        return Pod.create("default", name, labels, "", spec, created++);
    }

    /** A 4-cpu node labelled with its hostname and, unless null, {@code zone}, holding {@code pods}. */
    static NodeInfo node(String name, String zone, Pod... pods) {
        Map<String, String> labels = zone == null ? Map.of(HOST, name) : Map.of(HOST, name, ZONE, zone);
        NodeInfo info = new NodeInfo(new Node(name, new Resources(4000, 1L << 34), 110, labels, List.of(), false,
                "True", "KubeletReady", 0));
        for (Pod p : pods) {
            info.add(p);
        }
        return info;
    }

    /** Filters and scores {@code pod} over every node; {@code existing} placed pods have affinity terms. */
    static Filters.Result schedule(Pod pod, List<NodeInfo> nodes, int existing) {
        return new Filters().run(pod, nodes, 0, nodes.size(), new RandomStream(1), TopologySpread.of(pod, nodes),
                InterPodAffinity.of(pod, nodes, existing));
    }
}

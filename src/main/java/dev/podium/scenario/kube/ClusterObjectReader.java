package dev.podium.scenario.kube;

import dev.podium.scenario.YamlNode;
import dev.podium.world.kube.spec.NodeManifest;
import dev.podium.world.kube.spec.ObjectMeta;
import dev.podium.world.kube.spec.Resources;
import dev.podium.world.kube.spec.ServiceManifest;
import dev.podium.world.kube.spec.Taint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads v1 Nodes (allocatable CPU, memory and pods, taints, cordon) and v1 Services (selector, ports, type
 * ClusterIP, NodePort or LoadBalancer, and node ports in 30000–32767; ExternalName is not supported).
 *
 * <p>A node's capacity comes from {@code status.allocatable}, each resource falling back to
 * {@code status.capacity}; pods default to 110 (the kubelet's {@code maxPods}). A node needs CPU and memory
 * from one of the two: Podium cannot guess a machine's size. A Service needs a selector (Podium keeps no
 * hand-made Endpoints) and at least one port. Problems go to the {@link ManifestFields} given. Not
 * thread-safe.
 */
final class ClusterObjectReader {

    /** The kubelet's default {@code maxPods}. */
    static final int DEFAULT_MAX_PODS = 110;

    /** The API server's default {@code --service-node-port-range}. */
    static final int NODE_PORT_MIN = 30000;
    static final int NODE_PORT_MAX = 32767;

    private static final List<String> SERVICE_TYPES = List.of("ClusterIP", "NodePort", "LoadBalancer");
    private static final List<String> EFFECTS = List.of("NoSchedule", "PreferNoSchedule", "NoExecute");

    private final ManifestFields f;

    ClusterObjectReader(ManifestFields fields) {
        this.f = fields;
    }

    /** A node, or null after problems. */
    NodeManifest node(YamlNode.Mapping doc, ObjectMeta meta) {
        YamlNode.Mapping spec = f.optionalMap(doc, "spec", "spec");
        boolean unschedulable = f.flag(spec, "unschedulable", "spec.unschedulable", false);
        List<Taint> taints = taints(spec);
        YamlNode.Mapping status = f.optionalMap(doc, "status", "status");
        YamlNode.Mapping allocatable = f.optionalMap(status, "allocatable", "status.allocatable");
        YamlNode.Mapping capacity = f.optionalMap(status, "capacity", "status.capacity");
        long cpu = resource(allocatable, capacity, "cpu", true);
        long memory = resource(allocatable, capacity, "memory", false);
        long pods = resource(allocatable, capacity, "pods", false);
        boolean given = (ManifestFields.field(allocatable, "cpu") != null
                || ManifestFields.field(capacity, "cpu") != null)
                && (ManifestFields.field(allocatable, "memory") != null
                || ManifestFields.field(capacity, "memory") != null);
        if (!given) {
            f.problem(status == null ? doc.where() : status.where(), "status.allocatable: a Node needs cpu and memory "
                    + "in status.allocatable or status.capacity, for example {cpu: 4, memory: 16Gi, pods: 110}");
        }
        if (pods > Integer.MAX_VALUE) {
            f.problem(doc.where(), "status.allocatable.pods: " + pods + " is too many; expected at most "
                    + Integer.MAX_VALUE);
        }
        if (meta == null || cpu < 0 || memory < 0 || pods > Integer.MAX_VALUE) {
            return null;
        }
        int maxPods = pods < 0 ? DEFAULT_MAX_PODS : (int) pods;
        return new NodeManifest(meta, new Resources(cpu, memory), maxPods, taints, unschedulable);
    }

    /** One resource from allocatable, else from capacity; -1 when in neither or after a problem. */
    private long resource(YamlNode.Mapping allocatable, YamlNode.Mapping capacity, String name, boolean milliCpu) {
        if (ManifestFields.field(allocatable, name) != null) {
            return f.quantity(allocatable, name, "status.allocatable." + name, milliCpu);
        }
        return f.quantity(capacity, name, "status.capacity." + name, milliCpu);
    }

    private List<Taint> taints(YamlNode.Mapping spec) {
        List<YamlNode> items = f.optionalList(spec, "taints", "spec.taints", "[{key: dedicated, effect: NoSchedule}]");
        List<Taint> taints = new ArrayList<>();
        for (int i = 0; items != null && i < items.size(); i++) {
            String path = "spec.taints[" + i + "]";
            YamlNode.Mapping taint = f.mapping(path, items.get(i));
            if (taint == null) {
                continue;
            }
            String key = f.requiredString(taint, "key", path + ".key", "a key such as dedicated");
            String value = f.string(taint, "value", path + ".value", "");
            String effect = ManifestFields.field(taint, "effect") == null ? null
                    : f.oneOf(taint, "effect", path + ".effect", EFFECTS, null);
            if (ManifestFields.field(taint, "effect") == null) {
                f.missing(taint, path + ".effect", "one of " + String.join(", ", EFFECTS));
            }
            if (key != null && effect != null) {
                taints.add(new Taint(key, value, effect));
            }
        }
        return taints;
    }

    /** A Service, or null after problems. */
    ServiceManifest service(YamlNode.Mapping doc, ObjectMeta meta) {
        YamlNode.Mapping spec = f.requiredMap(doc, "spec", "spec", "a spec with selector and ports");
        if (spec == null) {
            return null;
        }
        YamlNode selectorNode = ManifestFields.field(spec, "selector");
        Map<String, String> selector = f.stringMap(spec, "selector", "spec.selector");
        if (selectorNode == null) {
            f.missing(spec, "spec.selector", "labels such as {app: web} (Podium has no hand-made "
                    + "Endpoints)");
        } else if (selectorNode instanceof YamlNode.Mapping && selector.isEmpty()) {
            f.problem(selectorNode.where(), "spec.selector: empty; give labels such as {app: web}");
        }
        List<YamlNode> items = f.optionalList(spec, "ports", "spec.ports", "[{port: 80}]");
        if (ManifestFields.field(spec, "ports") == null) {
            f.missing(spec, "spec.ports", "a list such as [{port: 80}]");
        } else if (items != null && items.isEmpty()) {
            f.problem(ManifestFields.field(spec, "ports").where(), "spec.ports: a Service needs at least one port");
        }
        String type = f.oneOf(spec, "type", "spec.type", SERVICE_TYPES, "ClusterIP");
        boolean nodePorts = !type.equals("ClusterIP");
        List<Integer> ports = new ArrayList<>();
        List<Integer> nodePortList = new ArrayList<>();
        for (int i = 0; items != null && i < items.size(); i++) {
            String path = "spec.ports[" + i + "]";
            YamlNode.Mapping port = f.mapping(path, items.get(i));
            if (port == null) {
                continue;
            }
            if (ManifestFields.field(port, "port") == null) {
                f.missing(port, path + ".port", "a number from 1 to 65535");
                continue;
            }
            int number = f.wholeNumber(port, "port", path + ".port", 0, 1, 65535);
            int nodePort = nodePort(port, path, nodePorts);
            if (number > 0) {
                ports.add(number);
                if (nodePorts) {
                    nodePortList.add(nodePort);
                }
            }
        }
        return meta == null || selector.isEmpty() || ports.isEmpty() ? null
                : new ServiceManifest(meta, selector, ports, type, nodePortList);
    }

    /** The port's nodePort (0: allocated by the API server); a nodePort on a ClusterIP Service is a problem. */
    private int nodePort(YamlNode.Mapping port, String path, boolean allowed) {
        YamlNode node = ManifestFields.field(port, "nodePort");
        if (node == null) {
            return 0;
        }
        if (!allowed) {
            f.problem(node.where(), path + ".nodePort: a ClusterIP Service has no node ports; set spec.type to "
                    + "NodePort or LoadBalancer");
            return 0;
        }
        return f.wholeNumber(port, "nodePort", path + ".nodePort", 0, NODE_PORT_MIN, NODE_PORT_MAX);
    }
}

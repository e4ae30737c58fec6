package dev.podium.scenario.kube;

import dev.podium.scenario.YamlNode;
import dev.podium.world.kube.spec.ContainerSpec;
import dev.podium.world.kube.spec.PodSpec;
import dev.podium.world.kube.spec.ProbeSpec;
import dev.podium.world.kube.spec.Resources;
import dev.podium.world.kube.spec.Toleration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a v1 PodSpec (of a Pod or of a pod template) into a {@link PodSpec}, applying the API server's
 * defaults and the checks it makes on the fields the simulator uses: containers with names and images,
 * CPU and memory requests and limits (requests default to limits), probes, sidecars (init containers with
 * {@code restartPolicy: Always}), node selector, tolerations, node name, restart policy, termination grace and
 * priority; the ConfigMaps and Secrets its containers use are read by {@link ConfigRefReader}, and through {@link SchedulingReader} priorityClassName, topology spread and pod
 * anti-affinity. Problems go to the {@link ManifestFields} given. Not thread-safe.
 */
final class PodSpecReader {

    private static final long SECOND = 1_000_000_000L;
    private static final List<String> RESTART_POLICIES = List.of("Always", "OnFailure", "Never");
    private static final List<String> OPERATORS = List.of("Equal", "Exists");
    private static final List<String> EFFECTS = List.of("", "NoSchedule", "PreferNoSchedule", "NoExecute");
    private static final List<String> PROBE_HANDLERS = List.of("exec", "httpGet", "tcpSocket", "grpc");
    private static final String CONTAINER_EXAMPLE = "[{name: web, image: nginx}]";

    private final ManifestFields f;
    private Set<String> claimVolumes = Set.of();

    PodSpecReader(ManifestFields fields) {
        this.f = fields;
    }

    /** Volumes that a StatefulSet's volumeClaimTemplates add to the next pod specs read (empty for none). */
    void claimVolumes(Set<String> names) {
        claimVolumes = Set.copyOf(names);
    }

    /** The pod spec {@code spec} at {@code path}, with defaults; parts with problems are left out. */
    PodSpec podSpec(YamlNode.Mapping spec, String path) {
        Set<String> names = new HashSet<>();
        List<ContainerSpec> containers = containers(spec, "containers", path, false, names);
        YamlNode written = ManifestFields.field(spec, "containers");
        if (written == null) {
            f.missing(spec, ManifestFields.path(path, "containers"), "a list such as " + CONTAINER_EXAMPLE);
        } else if (written instanceof YamlNode.Sequence list && list.items().isEmpty()) {
            f.problem(written.where(), ManifestFields.path(path, "containers") + ": a pod needs at least one "
                    + "container");
        }
        List<ContainerSpec> initContainers = containers(spec, "initContainers", path, true, names);
        String restartPolicy = f.oneOf(spec, "restartPolicy", ManifestFields.path(path, "restartPolicy"),
                RESTART_POLICIES, "Always");
        long grace = f.wholeNumber(spec, "terminationGracePeriodSeconds",
                ManifestFields.path(path, "terminationGracePeriodSeconds"), 30, 0, Integer.MAX_VALUE);
        int priority = f.wholeNumber(spec, "priority", ManifestFields.path(path, "priority"), 0, Integer.MIN_VALUE,
                Integer.MAX_VALUE);
        return new PodSpec(containers, initContainers,
                f.stringMap(spec, "nodeSelector", ManifestFields.path(path, "nodeSelector")),
                tolerations(spec, ManifestFields.path(path, "tolerations")),
                f.string(spec, "nodeName", ManifestFields.path(path, "nodeName"), ""), restartPolicy,
                grace * SECOND, priority, new ConfigRefReader(f, claimVolumes).refs(spec, path),
                new SchedulingReader(f).scheduling(spec, path));
    }

    private List<ContainerSpec> containers(YamlNode.Mapping spec, String key, String podPath, boolean init,
                                           Set<String> names) {
        String path = ManifestFields.path(podPath, key);
        List<YamlNode> items = f.optionalList(spec, key, path, CONTAINER_EXAMPLE);
        List<ContainerSpec> containers = new ArrayList<>();
        for (int i = 0; items != null && i < items.size(); i++) {
            String itemPath = path + "[" + i + "]";
            YamlNode.Mapping container = f.mapping(itemPath, items.get(i));
            ContainerSpec read = container == null ? null : container(container, itemPath, init);
            if (read == null) {
                continue;
            }
            if (!names.add(read.name())) {
                f.problem(ManifestFields.field(container, "name").where(), itemPath + ".name: '" + read.name()
                        + "' is used by another container of this pod; names must be unique");
            }
            containers.add(read);
        }
        return containers;
    }

    private ContainerSpec container(YamlNode.Mapping c, String path, boolean init) {
        String name = f.requiredString(c, "name", path + ".name", "a DNS label such as web");
        if (name != null) {
            f.checkName(name, ManifestFields.field(c, "name"), path + ".name", true);
        }
        String image = f.requiredString(c, "image", path + ".image", "an image such as nginx:1.27");
        boolean sidecar = false;
        if (init && ManifestFields.field(c, "restartPolicy") != null) {
            sidecar = f.oneOf(c, "restartPolicy", path + ".restartPolicy", List.of("Always"), "").equals("Always");
        }
        YamlNode.Mapping resources = f.optionalMap(c, "resources", path + ".resources");
        YamlNode.Mapping requests = f.optionalMap(resources, "requests", path + ".resources.requests");
        YamlNode.Mapping limits = f.optionalMap(resources, "limits", path + ".resources.limits");
        long[] cpu = requestAndLimit(requests, limits, "cpu", path + ".resources", true);
        long[] memory = requestAndLimit(requests, limits, "memory", path + ".resources", false);
        ProbeSpec liveness = probe(c, "livenessProbe", path, true, init && !sidecar);
        ProbeSpec readiness = probe(c, "readinessProbe", path, false, init && !sidecar);
        ProbeSpec startup = probe(c, "startupProbe", path, true, init && !sidecar);
        long preStop = new LifecycleReader(f).preStopNanos(c, path);
        if (name == null || image == null) {
            return null;
        }
        return new ContainerSpec(name, image, new Resources(cpu[0], memory[0]), new Resources(cpu[1], memory[1]),
                liveness, readiness, startup, sidecar, preStop);
    }

    /** {request, limit} for one resource, 0 when unset; an unset request defaults to the limit, as in the API. */
    private long[] requestAndLimit(YamlNode.Mapping requests, YamlNode.Mapping limits, String resource,
                                   String path, boolean milliCpu) {
        long request = f.quantity(requests, resource, path + ".requests." + resource, milliCpu);
        long limit = f.quantity(limits, resource, path + ".limits." + resource, milliCpu);
        if (request < 0 && limit >= 0 && ManifestFields.field(requests, resource) == null) {
            request = limit;
        }
        if (request >= 0 && limit >= 0 && request > limit) {
            f.problem(ManifestFields.field(requests, resource).where(), path + ".requests." + resource + ": "
                    + ManifestFields.field(requests, resource).kind().replace("text ", "") + " must be at most the "
                    + "limit " + ManifestFields.field(limits, resource).kind().replace("text ", ""));
        }
        return new long[] {Math.max(0, request), Math.max(0, limit)};
    }

    private ProbeSpec probe(YamlNode.Mapping c, String key, String containerPath, boolean succeedOnce,
                            boolean forbidden) {
        String path = containerPath + "." + key;
        YamlNode.Mapping probe = f.optionalMap(c, key, path);
        if (probe == null) {
            return null;
        }
        if (forbidden) {
            f.problem(probe.where(), path + ": only sidecars (restartPolicy: Always) may have probes among init "
                    + "containers");
        }
        long handlers = PROBE_HANDLERS.stream().filter(h -> ManifestFields.field(probe, h) != null).count();
        if (handlers != 1) {
            f.problem(probe.where(), path + ": expected exactly one handler of " + String.join(", ", PROBE_HANDLERS)
                    + ", found " + handlers);
        }
        ProbeSpec d = ProbeSpec.defaults();
        long initialDelay = f.wholeNumber(probe, "initialDelaySeconds", path + ".initialDelaySeconds",
                (int) (d.initialDelayNanos() / SECOND), 0, Integer.MAX_VALUE);
        long period = f.wholeNumber(probe, "periodSeconds", path + ".periodSeconds", (int) (d.periodNanos() / SECOND),
                1, Integer.MAX_VALUE);
        long timeout = f.wholeNumber(probe, "timeoutSeconds", path + ".timeoutSeconds",
                (int) (d.timeoutNanos() / SECOND), 1, Integer.MAX_VALUE);
        YamlNode successNode = ManifestFields.field(probe, "successThreshold");
        int success = f.wholeNumber(probe, "successThreshold", path + ".successThreshold", d.successThreshold(), 1,
                Integer.MAX_VALUE);
        if (succeedOnce && success != 1) {
            f.problem(successNode.where(), path + ".successThreshold: must be 1 for liveness and startup probes, "
                    + "found " + success);
            success = 1;
        }
        int failure = f.wholeNumber(probe, "failureThreshold", path + ".failureThreshold", d.failureThreshold(), 1,
                Integer.MAX_VALUE);
        return new ProbeSpec(initialDelay * SECOND, period * SECOND, timeout * SECOND, success, failure);
    }

    private List<Toleration> tolerations(YamlNode.Mapping spec, String path) {
        List<YamlNode> items = f.optionalList(spec, "tolerations", path, "[{key: dedicated, operator: Exists}]");
        List<Toleration> tolerations = new ArrayList<>();
        for (int i = 0; items != null && i < items.size(); i++) {
            String p = path + "[" + i + "]";
            YamlNode.Mapping t = f.mapping(p, items.get(i));
            if (t == null) {
                continue;
            }
            String key = f.string(t, "key", p + ".key", "");
            String operator = f.oneOf(t, "operator", p + ".operator", OPERATORS, "Equal");
            String value = f.string(t, "value", p + ".value", "");
            String effect = f.oneOf(t, "effect", p + ".effect", EFFECTS, "");
            long seconds = -1;
            YamlNode secondsNode = ManifestFields.field(t, "tolerationSeconds");
            if (secondsNode != null) {
                Long read = f.integer(p + ".tolerationSeconds", secondsNode, "300");
                seconds = read == null ? -1 : Math.max(0, read);
                if (!"NoExecute".equals(effect)) {
                    f.problem(secondsNode.where(), p + ".tolerationSeconds: only applies to effect NoExecute");
                }
            }
            if (key.isEmpty() && !"Exists".equals(operator)) {
                f.problem(t.where(), p + ": a toleration without a key must have operator Exists");
            }
            if ("Exists".equals(operator) && !value.isEmpty()) {
                f.problem(ManifestFields.field(t, "value").where(), p + ".value: must be empty when operator is "
                        + "Exists");
            }
            tolerations.add(new Toleration(key, operator, value, effect, seconds));
        }
        return tolerations;
    }
}

package dev.podium.scenario.kube;

import dev.podium.scenario.SourceLocation;
import dev.podium.scenario.YamlNode;
import dev.podium.world.kube.spec.DaemonSetManifest;
import dev.podium.world.kube.spec.DeploymentManifest;
import dev.podium.world.kube.spec.IntOrPercent;
import dev.podium.world.kube.spec.ObjectMeta;
import dev.podium.world.kube.spec.PodManifest;
import dev.podium.world.kube.spec.PodSpec;
import dev.podium.world.kube.spec.PodTemplate;
import dev.podium.world.kube.spec.ReplicaSetManifest;
import dev.podium.world.kube.spec.StatefulSetManifest;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the objects that run pods: v1 Pod, apps/v1 Deployment, ReplicaSet, StatefulSet and DaemonSet, with the API server's
 * defaults (replicas 1; RollingUpdate 25%/25%; revisionHistoryLimit 10; progressDeadlineSeconds 600) and its
 * checks (a non-empty matchLabels selector that the template's labels satisfy; restartPolicy Always in
 * templates). {@code matchExpressions} is refused: the simulator's selectors are matchLabels only. Problems go
 * to the {@link ManifestFields} given. Not thread-safe.
 */
final class WorkloadReader {

    private static final long SECOND = 1_000_000_000L;
    private static final IntOrPercent QUARTER = new IntOrPercent(25, true);
    private static final IntOrPercent NONE = new IntOrPercent(0, false);
    private static final Pattern PERCENT = Pattern.compile("([0-9]{1,9})%");

    private final ManifestFields f;
    private final PodSpecReader pods;

    WorkloadReader(ManifestFields fields) {
        this.f = fields;
        this.pods = new PodSpecReader(fields);
    }

    /** A bare pod, or null after problems. */
    PodManifest pod(YamlNode.Mapping doc, ObjectMeta meta) {
        YamlNode.Mapping spec = f.requiredMap(doc, "spec", "spec", "a pod spec with containers");
        PodSpec podSpec = spec == null ? null : pods.podSpec(spec, "spec");
        return meta == null || podSpec == null ? null : new PodManifest(meta, podSpec);
    }

    /** A ReplicaSet, or null after problems. */
    ReplicaSetManifest replicaSet(YamlNode.Mapping doc, ObjectMeta meta) {
        YamlNode.Mapping spec = f.requiredMap(doc, "spec", "spec", "a spec with selector and template");
        if (spec == null) {
            return null;
        }
        int replicas = f.wholeNumber(spec, "replicas", "spec.replicas", 1, 0, Integer.MAX_VALUE);
        Map<String, String> selector = selector(spec);
        PodTemplate template = template(spec, selector);
        return meta == null || selector == null || template == null ? null
                : new ReplicaSetManifest(meta, replicas, selector, template);
    }

    /** A StatefulSet (podManagementPolicy OrderedReady or Parallel; volumeClaimTemplates ignored), or null. */
    StatefulSetManifest statefulSet(YamlNode.Mapping doc, ObjectMeta meta) {
        YamlNode.Mapping spec = f.requiredMap(doc, "spec", "spec", "a spec with selector and template");
        if (spec == null) {
            return null;
        }
        int replicas = f.wholeNumber(spec, "replicas", "spec.replicas", 1, 0, Integer.MAX_VALUE);
        Map<String, String> selector = selector(spec);
        pods.claimVolumes(claimNames(spec));
        PodTemplate template = template(spec, selector);
        pods.claimVolumes(Set.of());
        String serviceName = f.string(spec, "serviceName", "spec.serviceName", "");
        String policy = f.oneOf(spec, "podManagementPolicy", "spec.podManagementPolicy",
                List.of("OrderedReady", "Parallel"), "OrderedReady");
        return meta == null || selector == null || template == null ? null
                : new StatefulSetManifest(meta, replicas, selector, template, serviceName, policy);
    }

    /** The names of a StatefulSet's volumeClaimTemplates, which its pods may mount (the claims are not simulated). */
    private static Set<String> claimNames(YamlNode.Mapping spec) {
        Set<String> names = new HashSet<>();
        if (ManifestFields.field(spec, "volumeClaimTemplates") instanceof YamlNode.Sequence claims) {
            for (YamlNode claim : claims.items()) {
                if (claim instanceof YamlNode.Mapping m && ManifestFields.field(m, "metadata") instanceof YamlNode.Mapping meta
                        && ManifestFields.field(meta, "name") instanceof YamlNode.Scalar name) {
                    names.add(name.text());
                }
            }
        }
        return names;
    }

    /** A DaemonSet (updateStrategy RollingUpdate with maxUnavailable, default 1, or OnDelete), or null. */
    DaemonSetManifest daemonSet(YamlNode.Mapping doc, ObjectMeta meta) {
        YamlNode.Mapping spec = f.requiredMap(doc, "spec", "spec", "a spec with selector and template");
        if (spec == null) {
            return null;
        }
        Map<String, String> selector = selector(spec);
        PodTemplate template = template(spec, selector);
        YamlNode.Mapping strategy = f.optionalMap(spec, "updateStrategy", "spec.updateStrategy");
        String type = f.oneOf(strategy, "type", "spec.updateStrategy.type", List.of("RollingUpdate", "OnDelete"),
                "RollingUpdate");
        YamlNode.Mapping rolling = f.optionalMap(strategy, "rollingUpdate", "spec.updateStrategy.rollingUpdate");
        IntOrPercent maxUnavailable = ManifestFields.field(rolling, "maxUnavailable") == null
                ? new IntOrPercent(1, false)
                : intOrPercent(rolling, "maxUnavailable", "spec.updateStrategy.rollingUpdate.maxUnavailable");
        return meta == null || selector == null || template == null ? null
                : new DaemonSetManifest(meta, selector, template, type, maxUnavailable);
    }

    /** A Deployment, or null after problems. */
    DeploymentManifest deployment(YamlNode.Mapping doc, ObjectMeta meta) {
        YamlNode.Mapping spec = f.requiredMap(doc, "spec", "spec", "a spec with selector and template");
        if (spec == null) {
            return null;
        }
        int replicas = f.wholeNumber(spec, "replicas", "spec.replicas", 1, 0, Integer.MAX_VALUE);
        Map<String, String> selector = selector(spec);
        PodTemplate template = template(spec, selector);
        YamlNode.Mapping strategy = f.optionalMap(spec, "strategy", "spec.strategy");
        String type = f.oneOf(strategy, "type", "spec.strategy.type", List.of("RollingUpdate", "Recreate"),
                "RollingUpdate");
        YamlNode.Mapping rolling = f.optionalMap(strategy, "rollingUpdate", "spec.strategy.rollingUpdate");
        IntOrPercent maxSurge = NONE;
        IntOrPercent maxUnavailable = NONE;
        if (type.equals("Recreate") && rolling != null) {
            f.problem(rolling.where(), "spec.strategy.rollingUpdate: may not be given when the type is Recreate");
        } else if (type.equals("RollingUpdate")) {
            maxSurge = intOrPercent(rolling, "maxSurge", "spec.strategy.rollingUpdate.maxSurge");
            maxUnavailable = intOrPercent(rolling, "maxUnavailable", "spec.strategy.rollingUpdate.maxUnavailable");
            if (maxUnavailable.percent() && maxUnavailable.value() > 100) {
                f.problem(ManifestFields.field(rolling, "maxUnavailable").where(), "spec.strategy.rollingUpdate"
                        + ".maxUnavailable: " + maxUnavailable + " is more than 100%");
            } else if (maxSurge.value() == 0 && maxUnavailable.value() == 0) {
                f.problem(rolling == null ? spec.where() : rolling.where(), "spec.strategy.rollingUpdate: "
                        + "maxSurge and maxUnavailable may not both be 0, or the rollout could never progress");
            }
        }
        int history = f.wholeNumber(spec, "revisionHistoryLimit", "spec.revisionHistoryLimit", 10, 0,
                Integer.MAX_VALUE);
        int minReady = f.wholeNumber(spec, "minReadySeconds", "spec.minReadySeconds", 0, 0, Integer.MAX_VALUE);
        int deadline = f.wholeNumber(spec, "progressDeadlineSeconds", "spec.progressDeadlineSeconds", 600, 1,
                Integer.MAX_VALUE);
        if (deadline <= minReady) {
            f.problem(ManifestFields.field(spec, "progressDeadlineSeconds") == null ? spec.where()
                    : ManifestFields.field(spec, "progressDeadlineSeconds").where(), "spec.progressDeadlineSeconds: "
                    + deadline + " must be more than spec.minReadySeconds (" + minReady + ")");
        }
        if (meta == null || selector == null || template == null) {
            return null;
        }
        return new DeploymentManifest(meta, replicas, selector, template, type, maxSurge, maxUnavailable, history,
                minReady * SECOND, deadline * SECOND);
    }

    /** The matchLabels of {@code spec.selector}, or null after a problem. */
    private Map<String, String> selector(YamlNode.Mapping spec) {
        YamlNode.Mapping selector = f.requiredMap(spec, "selector", "spec.selector", "a selector such as "
                + "{matchLabels: {app: web}}");
        if (selector == null) {
            return null;
        }
        YamlNode expressions = ManifestFields.field(selector, "matchExpressions");
        if (expressions != null) {
            f.problem(expressions.where(), "spec.selector.matchExpressions: not supported; Podium selects with "
                    + "matchLabels only");
            return null;
        }
        YamlNode matchLabels = ManifestFields.field(selector, "matchLabels");
        Map<String, String> labels = f.stringMap(selector, "matchLabels", "spec.selector.matchLabels");
        if (matchLabels != null && !(matchLabels instanceof YamlNode.Mapping)) {
            return null;
        }
        if (labels.isEmpty()) {
            f.problem(selector.where(), "spec.selector: empty; give matchLabels such as {app: web}, which the "
                    + "template's labels must have");
            return null;
        }
        return labels;
    }

    /** The pod template of {@code spec}, checked against {@code selector} (null when that had problems). */
    private PodTemplate template(YamlNode.Mapping spec, Map<String, String> selector) {
        YamlNode.Mapping template = f.requiredMap(spec, "template", "spec.template", "a pod template with "
                + "metadata.labels and spec");
        if (template == null) {
            return null;
        }
        YamlNode.Mapping meta = f.optionalMap(template, "metadata", "spec.template.metadata");
        Map<String, String> labels = f.stringMap(meta, "labels", "spec.template.metadata.labels");
        if (selector != null && !labels.entrySet().containsAll(selector.entrySet())) {
            YamlNode labelsNode = ManifestFields.field(meta, "labels");
            SourceLocation where = labelsNode != null ? labelsNode.where() : meta != null ? meta.where()
                    : template.where();
            f.problem(where, "spec.template.metadata.labels: " + labels + " do not match spec.selector " + selector
                    + "; the template must carry every selector label");
        }
        YamlNode.Mapping podSpec = f.requiredMap(template, "spec", "spec.template.spec", "a pod spec with "
                + "containers");
        PodSpec read = podSpec == null ? null : pods.podSpec(podSpec, "spec.template.spec");
        if (read != null && !read.restartPolicy().equals("Always")) {
            f.problem(ManifestFields.field(podSpec, "restartPolicy").where(), "spec.template.spec.restartPolicy: '"
                    + read.restartPolicy() + "' is not allowed here; a controller's pods must use Always");
        }
        return read == null ? null : new PodTemplate(labels, read, f.stringMap(meta, "annotations",
                "spec.template.metadata.annotations"));
    }

    /** maxSurge or maxUnavailable: a whole number or a percentage such as 25%; 25% when absent. */
    private IntOrPercent intOrPercent(YamlNode.Mapping parent, String key, String path) {
        YamlNode node = ManifestFields.field(parent, key);
        if (node == null) {
            return QUARTER;
        }
        if (node instanceof YamlNode.Scalar scalar) {
            String text = scalar.text().strip();
            if (PERCENT.matcher(text).matches()) {
                return new IntOrPercent(Integer.parseInt(text.substring(0, text.length() - 1)), true);
            }
            if (text.matches("[0-9]{1,9}")) {
                return new IntOrPercent(Integer.parseInt(text), false);
            }
        }
        f.problem(node.where(), path + ": expected a whole number or a percentage such as 25%, found " + node.kind());
        return QUARTER;
    }
}

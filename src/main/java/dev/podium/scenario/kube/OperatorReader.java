package dev.podium.scenario.kube;

import dev.podium.scenario.Durations;
import dev.podium.scenario.YamlNode;
import dev.podium.world.kube.spec.CrdManifest;
import dev.podium.world.kube.spec.ObjectMeta;
import dev.podium.world.kube.spec.OperatorManifest;
import dev.podium.world.kube.spec.PodSpec;
import dev.podium.world.kube.spec.PodTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads Podium's {@code podium.dev/v1 Operator} (see {@link OperatorManifest} and docs/scenario-format.md):
 * {@code spec.watches} (apiVersion and kind of a CRD in the same manifests), {@code workers}, {@code replicasFrom},
 * {@code template} (a pod template), {@code service.port}, {@code secret.keys}, {@code finalizer}, {@code cleanup},
 * {@code failFirst}, {@code failMessage} and {@code requeueAfter}. Not thread-safe.
 */
final class OperatorReader {
    static final String API_VERSION = "podium.dev/v1";
    private static final long MAX_NANOS = 3_600_000_000_000L;

    private final ManifestFields f;

    OperatorReader(ManifestFields fields) {
        this.f = fields;
    }

    /** True if {@code doc} is a {@code podium.dev/v1 Operator}. */
    static boolean isOperator(YamlNode.Mapping doc) {
        return ManifestFields.field(doc, "kind") instanceof YamlNode.Scalar kind && "Operator".equals(kind.text())
                && ManifestFields.field(doc, "apiVersion") instanceof YamlNode.Scalar v
                && API_VERSION.equals(v.text());
    }

    /** The operator, or null after problems; {@code crds} are the CRDs of the manifests, one of which it watches. */
    OperatorManifest read(YamlNode.Mapping doc, List<CrdManifest> crds) {
        ObjectMeta meta = new ObjectReader(f).meta(doc, false, true);
        YamlNode.Mapping spec = f.requiredMap(doc, "spec", "spec", "a spec with watches and template");
        if (spec == null) {
            return null;
        }
        YamlNode.Mapping watches = f.requiredMap(spec, "watches", "spec.watches", "{apiVersion: example.com/v1, "
                + "kind: DBInstance}");
        String apiVersion = watches == null ? null : f.requiredString(watches, "apiVersion",
                "spec.watches.apiVersion", "the custom kind's group/version");
        String kind = watches == null ? null : f.requiredString(watches, "kind", "spec.watches.kind",
                "a kind a CustomResourceDefinition registers");
        if (apiVersion != null && kind != null && crds.stream().noneMatch(c -> c.apiVersion().equals(apiVersion)
                && c.resourceKind().equals(kind))) {
            List<String> known = crds.stream().map(c -> c.apiVersion() + " " + c.resourceKind()).toList();
            f.problem(watches.where(), "spec.watches: no CustomResourceDefinition in these manifests registers "
                    + kind + " in " + apiVersion + (known.isEmpty() ? "" : "; registered: " + String.join(", ", known)));
        }
        int workers = f.wholeNumber(spec, "workers", "spec.workers", 1, 1, 64);
        String replicasPath = f.string(spec, "replicasFrom", "spec.replicasFrom", "spec.replicas");
        PodTemplate template = template(spec);
        YamlNode.Mapping service = f.optionalMap(spec, "service", "spec.service");
        int port = service == null ? 0 : f.wholeNumber(service, "port", "spec.service.port", 0, 1, 65535);
        if (service != null && port == 0 && !f.hasProblems()) {
            f.missing(service, "spec.service.port", "a port from 1 to 65535");
        }
        YamlNode.Mapping secret = f.optionalMap(spec, "secret", "spec.secret");
        List<String> keys = new ArrayList<>();
        List<YamlNode> items = secret == null ? List.of() : f.optionalList(secret, "keys", "spec.secret.keys",
                "[username, password]");
        for (int i = 0; items != null && i < items.size(); i++) {
            keys.add(f.text("spec.secret.keys[" + i + "]", items.get(i)));
        }
        String finalizer = f.string(spec, "finalizer", "spec.finalizer", "");
        if (!finalizer.isEmpty() && !finalizer.contains("/")) {
            f.problem(ManifestFields.field(spec, "finalizer").where(), "spec.finalizer: '" + finalizer + "' must be "
                    + "a qualified name such as example.com/backup (the API server warns about finalizers without "
                    + "a domain)");
        }
        long cleanup = duration(spec, "cleanup", "spec.cleanup", 0);
        int failFirst = f.wholeNumber(spec, "failFirst", "spec.failFirst", 0, 0, 20);
        String failMessage = f.string(spec, "failMessage", "spec.failMessage", "backend not reachable yet");
        long requeueAfter = duration(spec, "requeueAfter", "spec.requeueAfter", 0);
        if (meta == null || apiVersion == null || kind == null || template == null || f.hasProblems()) {
            return null;
        }
        return new OperatorManifest(meta, apiVersion, kind, workers, replicasPath, template, port, keys, finalizer,
                cleanup, failFirst, failMessage, requeueAfter);
    }

    private PodTemplate template(YamlNode.Mapping spec) {
        YamlNode.Mapping template = f.requiredMap(spec, "template", "spec.template", "a pod template with spec");
        if (template == null) {
            return null;
        }
        YamlNode.Mapping meta = f.optionalMap(template, "metadata", "spec.template.metadata");
        Map<String, String> labels = f.stringMap(meta, "labels", "spec.template.metadata.labels");
        YamlNode.Mapping podSpec = f.requiredMap(template, "spec", "spec.template.spec", "a pod spec with "
                + "containers");
        PodSpec read = podSpec == null ? null : new PodSpecReader(f).podSpec(podSpec, "spec.template.spec");
        return read == null ? null : new PodTemplate(labels, read);
    }

    private long duration(YamlNode.Mapping spec, String key, String path, long fallback) {
        String text = f.string(spec, key, path, null);
        if (text == null) {
            return fallback;
        }
        try {
            long nanos = Durations.parseNanos(text);
            if (nanos < 0 || nanos > MAX_NANOS) {
                f.problem(ManifestFields.field(spec, key).where(), path + ": " + text + " is out of range; expected "
                        + "0s to 1h");
                return fallback;
            }
            return nanos;
        } catch (IllegalArgumentException e) {
            f.problem(ManifestFields.field(spec, key).where(), path + ": " + e.getMessage());
            return fallback;
        }
    }
}

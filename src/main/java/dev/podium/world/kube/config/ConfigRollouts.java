package dev.podium.world.kube.config;

import dev.podium.engine.Kernel;
import dev.podium.timeline.EventSink;
import dev.podium.world.kube.config.event.ConfigRollout;
import dev.podium.world.kube.spec.ConfigRef;
import dev.podium.world.kube.spec.DeploymentManifest;
import dev.podium.world.kube.spec.KubeManifest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The two usual fixes for config that only a restart reads, both of which roll a Deployment by changing its pod
 * template's annotations. {@link #checksum}: the Helm pattern, a {@code checksum/config} annotation holding the
 * SHA-256 of the ConfigMap's data, written together with the update. The Reloader (Stakater Reloader with its
 * annotations strategy): a controller watching ConfigMaps that, for each Deployment annotated
 * {@code reloader.stakater.com/auto: "true"} whose pods use the updated ConfigMap, sets
 * {@code reloader.stakater.com/last-reloaded-from} one watch delay after the update. Kernel thread.
 */
final class ConfigRollouts {
    static final String CHECKSUM = "checksum/config";
    static final String AUTO = "reloader.stakater.com/auto";
    static final String RELOADED_FROM = "reloader.stakater.com/last-reloaded-from";

    private final Kernel kernel;
    private final EventSink sink;
    private final long watchDelayNanos;
    /** Deployments annotated for the Reloader → the ConfigMaps ({@code namespace/name}) their pods use. */
    private final Map<String, Set<String>> watched = new LinkedHashMap<>();
    private ConfigTracker.TemplateAnnotator roller = (deployment, annotation, value) -> { };

    ConfigRollouts(Kernel kernel, EventSink sink, long watchDelayNanos, List<KubeManifest> manifests) {
        this.kernel = kernel;
        this.sink = sink;
        this.watchDelayNanos = watchDelayNanos;
        for (KubeManifest m : manifests) {
            if (m instanceof DeploymentManifest d && "true".equals(d.meta().annotations().get(AUTO))) {
                Set<String> used = new TreeSet<>();
                for (ConfigRef ref : d.template().spec().configRefs()) {
                    if (ref.kind().equals("ConfigMap")) {
                        used.add(d.meta().namespace() + "/" + ref.name());
                    }
                }
                watched.put(d.meta().key(), used);
            }
        }
    }

    void roller(ConfigTracker.TemplateAnnotator r) {
        this.roller = r;
    }

    /** Writes {@code checksum/config} on {@code deploymentKey}'s template for the ConfigMap's new data. */
    void checksum(String deploymentKey, String configMapKey, int version, Map<String, String> data) {
        roller.annotate(deploymentKey, CHECKSUM, sha256(data));
        sink.emit(new ConfigRollout(kernel.now(), deploymentKey, configMapKey, version, false));
    }

    /** The Reloader's reaction to an update of {@code configMapKey}, one watch delay later. */
    void updated(String configMapKey, int version) {
        for (Map.Entry<String, Set<String>> e : watched.entrySet()) {
            if (e.getValue().contains(configMapKey)) {
                String deployment = e.getKey();
                kernel.schedule(watchDelayNanos, () -> {
                    roller.annotate(deployment, RELOADED_FROM, "ConfigMap " + configMapKey + " v" + version);
                    sink.emit(new ConfigRollout(kernel.now(), deployment, configMapKey, version, true));
                });
            }
        }
    }

    /** The hex SHA-256 of the data, keys in order, as a Helm chart's {@code sha256sum} of the rendered map. */
    static String sha256(Map<String, String> data) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            new TreeMap<>(data).forEach((k, v) -> digest.update((k + ": " + v + "\n")
                    .getBytes(StandardCharsets.UTF_8)));
            StringBuilder hex = new StringBuilder();
            for (byte b : digest.digest()) {
                hex.append(String.format("%02x", b));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}

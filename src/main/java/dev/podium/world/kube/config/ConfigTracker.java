package dev.podium.world.kube.config;

import dev.podium.engine.Kernel;
import dev.podium.timeline.EventSink;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.api.ApiServer;
import dev.podium.world.kube.api.Pod;
import dev.podium.world.kube.config.event.ConfigLoaded;
import dev.podium.world.kube.config.event.ConfigMapUpdated;
import dev.podium.world.kube.config.event.ConfigVolumeRefreshed;
import dev.podium.world.kube.event.ContainerRestarted;
import dev.podium.world.kube.event.ContainerStarted;
import dev.podium.world.kube.spec.ConfigRef;
import dev.podium.world.kube.spec.ConfigUse;
import dev.podium.world.kube.spec.KubeManifest;
import dev.podium.world.kube.spec.SecretManifest;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the kubelets do with ConfigMaps and Secrets: when a container is created (first start or restart) every use
 * of a ConfigMap or Secret in it is filled with the object's current version ({@link ConfigLoaded}); an update
 * ({@link ConfigMapUpdated}) reaches each pod's configMap volumes at that pod's next periodic sync
 * ({@link ConfigSync}, {@link ConfigVolumeRefreshed}) and never reaches env variables or subPath mounts. It sees the
 * kubelets' container events through {@link #watching}. Nothing here records a value. Kernel thread; not
 * thread-safe.
 */
public final class ConfigTracker {
    private final Kernel kernel;
    private final EventSink sink;
    private final ApiServer api;
    private final ConfigMaps configMaps;
    private final ConfigSync sync;
    private final ConfigRollouts rollouts;
    private final Set<String> secrets = new HashSet<>();
    /** Pod key → {@code Kind name} → the version its volumes hold; only pods with config volumes. */
    private final Map<String, TreeMap<String, Integer>> volumes = new LinkedHashMap<>();

    /** {@code watchDelayNanos} is how long a watcher (the Reloader) takes to see a change. */
    public ConfigTracker(Kernel kernel, EventSink sink, ApiServer api, long watchDelayNanos,
            List<KubeManifest> manifests) {
        this.kernel = kernel;
        this.sink = sink;
        this.api = api;
        this.configMaps = new ConfigMaps(manifests);
        this.sync = new ConfigSync(kernel.seed());
        this.rollouts = new ConfigRollouts(kernel, sink, watchDelayNanos, manifests);
        for (KubeManifest m : manifests) {
            if (m instanceof SecretManifest s) {
                secrets.add(s.meta().key());
            }
        }
    }

    /**
     * How the checksum annotation and the Reloader change a Deployment's pod template: {@code roller} gets the
     * Deployment's {@code namespace/name}, the annotation and its new value.
     */
    public void roller(TemplateAnnotator roller) {
        rollouts.roller(roller);
    }

    /** Sets one annotation of a Deployment's pod template, which rolls it out. */
    public interface TemplateAnnotator {
        void annotate(String deploymentKey, String annotation, String value);
    }

    /** A sink for a kubelet: passes every event on to {@code next}, then fills the configs of created containers. */
    public EventSink watching(EventSink next) {
        return event -> {
            next.emit(event);
            observed(event);
        };
    }

    private void observed(WorldEvent event) {
        if (event instanceof ContainerStarted s) {
            loaded(s.pod(), s.container());
        } else if (event instanceof ContainerRestarted r) {
            loaded(r.pod(), r.container());
        }
    }

    private void loaded(String podKey, String container) {
        Pod pod = api.pod(podKey);
        if (pod == null || pod.spec().configRefs().isEmpty()) {
            return;
        }
        for (ConfigRef ref : pod.spec().configRefs()) {
            if (!ref.container().equals(container)) {
                continue;
            }
            int version = version(pod.namespace(), ref);
            if (ref.use() == ConfigUse.VOLUME) {
                volumes.computeIfAbsent(podKey, k -> new TreeMap<>()).merge(ref.object(), version, Math::max);
            }
            sink.emit(new ConfigLoaded(kernel.now(), podKey, container, ref.use().name(), ref.object(),
                    ref.target(), ref.key(), version));
        }
    }

    private int version(String namespace, ConfigRef ref) {
        String key = namespace + "/" + ref.name();
        if (ref.kind().equals("Secret")) {
            return secrets.contains(key) ? 1 : 0;
        }
        return configMaps.versionOrZero(key);
    }

    /**
     * kubectl edit configmap: sets {@code dataKey} to {@code value} and returns the new version. Each pod mounting
     * the ConfigMap as a volume sees it at its next kubelet sync. With a {@code checksumDeployment} (a Deployment
     * name, or "" for none) its pod template's {@code checksum/config} annotation is updated too, rolling it; the
     * Reloader rolls the Deployments annotated for it.
     *
     * @throws IllegalArgumentException if there is no such ConfigMap (the message names those there are)
     */
    public int update(String name, String dataKey, String value, String checksumDeployment) {
        String key = configMaps.key(name);
        long written = kernel.now();
        int version = configMaps.update(key, dataKey, value, written);
        sink.emit(new ConfigMapUpdated(written, key, version, dataKey,
                value.getBytes(StandardCharsets.UTF_8).length));
        String namespace = key.substring(0, key.indexOf('/'));
        String object = "ConfigMap " + key.substring(key.indexOf('/') + 1);
        if (!checksumDeployment.isEmpty()) {
            String deployment = checksumDeployment.contains("/") ? checksumDeployment
                    : namespace + "/" + checksumDeployment;
            rollouts.checksum(deployment, key, version, configMaps.get(key).data());
        }
        rollouts.updated(key, version);
        for (Map.Entry<String, TreeMap<String, Integer>> e : volumes.entrySet()) {
            String podKey = e.getKey();
            if (podKey.startsWith(namespace + "/") && e.getValue().containsKey(object)) {
                kernel.scheduleAt(sync.volumeRefreshNanos(podKey, written), Kernel.NORMAL_PRIORITY,
                        () -> refresh(podKey, object, key, written));
            }
        }
        return version;
    }

    private void refresh(String podKey, String object, String key, long written) {
        Pod pod = api.pod(podKey);
        TreeMap<String, Integer> held = volumes.get(podKey);
        if (pod == null || held == null) {
            volumes.remove(podKey);
            return;
        }
        int current = configMaps.versionOrZero(key);
        if (held.getOrDefault(object, 0) >= current) {
            return; // an earlier sync already brought this version
        }
        held.put(object, current);
        sink.emit(new ConfigVolumeRefreshed(kernel.now(), podKey, object, current, kernel.now() - written));
    }

    /** When each update of the ConfigMap was written, in order (version 2 first), for views and tests. */
    public List<Long> updateTimes(String name) {
        return configMaps.updateTimes(configMaps.key(name));
    }
}

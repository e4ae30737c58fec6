package dev.podium.world.kube.config.event;

import dev.podium.timeline.WorldEvent;
import java.util.List;

/**
 * The events of ConfigMaps and Secrets reaching pods in the Kubernetes world: an update written, what a container
 * holds when it is created, and the kubelet rewriting a pod's projected files,
 * and a Deployment rolled because of an update (checksum annotation or Reloader). Part of the kube world (its
 * projection, narration and recordings), sealed separately because a sealed interface may only permit types of its
 * own package. Objects are named {@code Kind name} (the pod's namespace), pods {@code namespace/name}; no event ever
 * carries a data value, only keys, versions and sizes.
 */
public sealed interface ConfigEvent extends WorldEvent permits ConfigMapUpdated, ConfigLoaded, ConfigVolumeRefreshed,
        ConfigRollout {

    /** Every config event type, for recordings. */
    static List<Class<? extends WorldEvent>> types() {
        return List.of(ConfigMapUpdated.class, ConfigLoaded.class, ConfigVolumeRefreshed.class, ConfigRollout.class);
    }
}

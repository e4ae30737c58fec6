package dev.podium.world.kube.config;

import dev.podium.world.kube.config.event.ConfigEvent;
import dev.podium.world.kube.config.event.ConfigLoaded;
import dev.podium.world.kube.config.event.ConfigMapUpdated;
import dev.podium.world.kube.config.event.ConfigVolumeRefreshed;
import dev.podium.world.kube.event.KubeEvent;
import dev.podium.world.kube.event.PodDeleted;
import dev.podium.world.kube.spec.ConfigUse;
import java.util.ArrayList;
import java.util.List;

/**
 * Folds {@link ConfigEvent}s into a {@link ConfigState}: an update raises the object's version; a container's
 * creation sets what each of its uses holds; a volume refresh brings the pod's volumes of that object (not its env
 * or subPath uses) to the new version; a deleted pod is forgotten. Pure.
 */
public final class ConfigFold {
    private ConfigFold() {
    }

    public static void apply(ConfigState s, ConfigEvent event) {
        if (event instanceof ConfigMapUpdated u) {
            s.versions.merge("ConfigMap " + u.configMap(), u.version(), Math::max);
        } else if (event instanceof ConfigLoaded l) {
            loaded(s, l);
        } else if (event instanceof ConfigVolumeRefreshed r) {
            refreshed(s, r);
        }
    }

    /** The kube events that concern configs: a deleted pod's uses are dropped. */
    public static void apply(ConfigState s, KubeEvent event) {
        if (event instanceof PodDeleted d && !s.pods.isEmpty()) {
            s.pods.remove(d.pod());
        }
    }

    private static void loaded(ConfigState s, ConfigLoaded l) {
        ConfigUse use = ConfigUse.valueOf(l.use());
        List<ConfigState.Held> held = s.pods.computeIfAbsent(l.pod(), k -> new ArrayList<>());
        held.removeIf(h -> h.container().equals(l.container()) && h.use() == use && h.object().equals(l.object())
                && h.target().equals(l.target()));
        held.add(new ConfigState.Held(l.container(), use, l.object(), l.target(), l.key(), l.version()));
        s.versions.merge(ConfigState.qualified(l.pod(), l.object()), l.version(), Math::max);
    }

    private static void refreshed(ConfigState s, ConfigVolumeRefreshed r) {
        List<ConfigState.Held> held = s.pods.get(r.pod());
        if (held == null) {
            return;
        }
        held.replaceAll(h -> h.use() == ConfigUse.VOLUME && h.object().equals(r.object()) && h.version() < r.version()
                ? new ConfigState.Held(h.container(), h.use(), h.object(), h.target(), h.key(), r.version()) : h);
    }
}

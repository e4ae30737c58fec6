package dev.podium.ui.kube;

import dev.podium.ui.common.ViewText;
import dev.podium.ui.world.Inspection;
import dev.podium.world.kube.config.ConfigMountView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The ConfigMap and Secret lines of a pod's inspection: one per use (volume, env variable, subPath file) naming the
 * object, the key, the version the container holds and whether it is current, arrives at the next kubelet sync,
 * or waits for a restart. Keys and versions only, never values. FX thread.
 */
final class ConfigInspection {
    private final ViewText text = new ViewText("dev.podium.ui.kube.view");

    /** {@code pod} with a line per use in {@code mounts} appended; {@code pod} itself when there are none. */
    Inspection with(Inspection pod, List<ConfigMountView> mounts) {
        if (pod == null || mounts.isEmpty()) {
            return pod;
        }
        text.refresh();
        List<Map.Entry<String, String>> f = new ArrayList<>(pod.fields());
        for (ConfigMountView m : mounts) {
            String state = !m.stale() ? text.get("config.current")
                    : text.get(m.needsRestart() ? "config.staleRestart" : "config.staleSync", m.current());
            f.add(Map.entry(m.container() + ": " + text.get("config.use." + m.use()) + " " + m.target(),
                    m.object() + (m.key().isEmpty() ? "" : " [" + m.key() + "]") + " v" + m.version() + " · "
                            + state));
        }
        return new Inspection(pod.title(), f);
    }
}

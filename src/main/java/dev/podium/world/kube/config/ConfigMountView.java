package dev.podium.world.kube.config;

import dev.podium.world.kube.spec.ConfigUse;

/**
 * One use of a ConfigMap or Secret by a pod's container as the views show it: {@code object} is {@code Kind name},
 * {@code target} the mount path or variable, {@code key} the data key ("" for all), {@code version} what the
 * container holds and {@code current} the object's newest version. Values are never part of it.
 */
public record ConfigMountView(String container, ConfigUse use, String object, String target, String key,
        int version, int current) {

    /** True when the container holds an older version than the object has. */
    public boolean stale() {
        return version < current;
    }

    /** True when only a restart can bring this use up to date (env and subPath never refresh). */
    public boolean needsRestart() {
        return stale() && !use.refreshed();
    }
}

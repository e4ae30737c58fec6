package dev.podium.world.kube.spec;

/**
 * One place a container takes a ConfigMap or Secret from: {@code kind} is "ConfigMap" or "Secret", {@code name}
 * the object (in the pod's namespace). {@code target} is the mount path for {@link ConfigUse#VOLUME} and
 * {@link ConfigUse#SUB_PATH}, the variable's name for {@code env}, or {@code envFrom:<prefix>} for {@code envFrom};
 * {@code key} is the data key (an env var's key, the subPath's item), or "" for a whole volume or envFrom.
 * {@code optional} is the reference's {@code optional} flag.
 */
public record ConfigRef(String container, ConfigUse use, String kind, String name, String target, String key,
        boolean optional) {

    /** {@code Kind name}, how views and events name the object. */
    public String object() {
        return kind + " " + name;
    }
}

package dev.podium.world.kube.spec;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A v1 Secret: its {@code type} (default Opaque) and its values, decoded ({@code data} is base64 in a manifest;
 * {@code stringData} is written in plain text and wins over {@code data} for the same key, as the API server does).
 *
 * <p>The values are secret: {@link #toString()} names only the keys and their sizes, and nothing in Podium shows,
 * narrates, logs or records a value. {@link #value} hands out a copy for the simulated kubelet to project.
 */
public record SecretManifest(ObjectMeta meta, String type, Map<String, byte[]> data) implements KubeManifest {
    public SecretManifest {
        TreeMap<String, byte[]> copy = new TreeMap<>();
        data.forEach((k, v) -> copy.put(k, v.clone()));
        data = Collections.unmodifiableMap(copy);
    }

    /** Every key with the size of its value in bytes, sorted by key. */
    public Map<String, Integer> sizes() {
        TreeMap<String, Integer> sizes = new TreeMap<>();
        data.forEach((k, v) -> sizes.put(k, v.length));
        return Collections.unmodifiableMap(sizes);
    }

    /** A copy of the value of {@code key}, or null when the Secret has no such key. */
    public byte[] value(String key) {
        byte[] v = data.get(key);
        return v == null ? null : v.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SecretManifest s && meta.equals(s.meta) && type.equals(s.type)
                && data.keySet().equals(s.data.keySet())
                && data.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), s.data.get(e.getKey())));
    }

    @Override
    public int hashCode() {
        return meta.hashCode() * 31 + data.keySet().hashCode();
    }

    /** Names the Secret, its type and its keys with sizes; never a value. */
    @Override
    public String toString() {
        return "Secret " + meta.key() + " (" + type + ") " + sizes();
    }
}

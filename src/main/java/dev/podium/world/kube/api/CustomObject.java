package dev.podium.world.kube.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A custom object (store {@link Kind#CUSTOM}) or a Secret ({@link Kind#SECRET}) as the API server stores it: its
 * kind and apiVersion, its fields (spec and the like; a Secret's {@code data} holds each key's size in bytes, never
 * a value), finalizers, deletionTimestamp and status conditions. Objects of every custom kind share one store keyed
 * by {@code namespace/name}, so two custom kinds cannot use the same name in a namespace. Immutable.
 *
 * @param deletionNanos deletionTimestamp, -1 if not being deleted
 * @param propagation the delete's propagation policy (Background, Foreground, Orphan) or "" before a delete
 */
public record CustomObject(Kind kind, String apiVersion, String customKind, String namespace, String name,
        String key, SortedMap<String, Object> fields, List<String> finalizers, long deletionNanos,
        String propagation, List<Condition> conditions, long resourceVersion) implements ApiObject {

    /** The finalizer with which the API server holds an owner until the garbage collector deleted its dependents. */
    public static final String FOREGROUND = "foregroundDeletion";
    /** The finalizer with which the API server holds an owner until the garbage collector orphaned its dependents. */
    public static final String ORPHAN = "orphan";

    public CustomObject {
        fields = Collections.unmodifiableSortedMap(new TreeMap<>(fields));
        finalizers = List.copyOf(finalizers);
        conditions = List.copyOf(conditions);
    }

    /** A new object, not being deleted, without finalizers or conditions. */
    public static CustomObject create(Kind store, String apiVersion, String kind, String namespace, String name,
            SortedMap<String, Object> fields) {
        String key = namespace.isEmpty() ? name : namespace + "/" + name;
        return new CustomObject(store, apiVersion, kind, namespace, name, key, fields, List.of(), -1, "", List.of(),
                0);
    }

    @Override
    public CustomObject withResourceVersion(long rv) {
        return new CustomObject(kind, apiVersion, customKind, namespace, name, key, fields, finalizers, deletionNanos,
                propagation, conditions, rv);
    }

    /** The same object with {@code finalizer} added (kept if present). */
    public CustomObject withFinalizer(String finalizer) {
        if (finalizers.contains(finalizer)) {
            return this;
        }
        List<String> next = new ArrayList<>(finalizers);
        next.add(finalizer);
        return withFinalizers(next);
    }

    /** The same object without {@code finalizer}. */
    public CustomObject withoutFinalizer(String finalizer) {
        List<String> next = new ArrayList<>(finalizers);
        next.remove(finalizer);
        return withFinalizers(next);
    }

    private CustomObject withFinalizers(List<String> next) {
        return new CustomObject(kind, apiVersion, customKind, namespace, name, key, fields, next, deletionNanos,
                propagation, conditions, resourceVersion);
    }

    /** Marked for deletion at {@code nowNanos} with the propagation policy. */
    public CustomObject withDeletion(long nowNanos, String policy) {
        return new CustomObject(kind, apiVersion, customKind, namespace, name, key, fields, finalizers, nowNanos,
                policy, conditions, resourceVersion);
    }

    /** The same object with condition {@code c} set (replacing the one of its type). */
    public CustomObject withCondition(Condition c) {
        List<Condition> next = new ArrayList<>();
        boolean replaced = false;
        for (Condition old : conditions) {
            if (old.type().equals(c.type())) {
                next.add(c);
                replaced = true;
            } else {
                next.add(old);
            }
        }
        if (!replaced) {
            next.add(c);
        }
        return new CustomObject(kind, apiVersion, customKind, namespace, name, key, fields, finalizers, deletionNanos,
                propagation, next, resourceVersion);
    }

    /** The condition of {@code type}, or null. */
    public Condition condition(String type) {
        for (Condition c : conditions) {
            if (c.type().equals(type)) {
                return c;
            }
        }
        return null;
    }

    /** True once a deletionTimestamp is set. */
    public boolean deleting() {
        return deletionNanos >= 0;
    }

    /** The fields in one line, {@code spec.engine=postgres spec.replicas=3}, nested maps flattened by dots. */
    public String summary() {
        StringBuilder out = new StringBuilder();
        flatten("", fields, out);
        return out.toString();
    }

    private static void flatten(String prefix, Object value, StringBuilder out) {
        if (value instanceof SortedMap<?, ?> map) {
            for (var e : map.entrySet()) {
                flatten(prefix.isEmpty() ? e.getKey().toString() : prefix + "." + e.getKey(), e.getValue(), out);
            }
            return;
        }
        if (out.length() > 0) {
            out.append(' ');
        }
        out.append(prefix).append('=').append(value);
    }
}

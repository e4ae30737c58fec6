package dev.podium.world.kube.api;

import dev.podium.world.kube.spec.Resources;
import dev.podium.world.kube.spec.Taint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A node as stored: allocatable capacity, labels, taints, cordon, and its Ready condition ({@code ready} is
 * "True", "False" or "Unknown").
 */
public record Node(String name, Resources allocatable, int maxPods, Map<String, String> labels, List<Taint> taints,
        boolean unschedulable, String ready, String readyReason, long resourceVersion) implements ApiObject {

    public Node {
        taints = List.copyOf(taints);
    }

    @Override
    public String key() {
        return name;
    }

    @Override
    public Kind kind() {
        return Kind.NODE;
    }

    @Override
    public Node withResourceVersion(long rv) {
        return new Node(name, allocatable, maxPods, labels, taints, unschedulable, ready, readyReason, rv);
    }

    public Node withUnschedulable(boolean value) {
        return new Node(name, allocatable, maxPods, labels, taints, value, ready, readyReason, resourceVersion);
    }

    public Node withReady(String status, String reason) {
        return new Node(name, allocatable, maxPods, labels, taints, unschedulable, status, reason, resourceVersion);
    }

    public boolean hasTaint(String key, String effect) {
        for (Taint t : taints) {
            if (t.key().equals(key) && t.effect().equals(effect)) {
                return true;
            }
        }
        return false;
    }

    public Node withTaint(Taint taint) {
        if (hasTaint(taint.key(), taint.effect())) {
            return this;
        }
        List<Taint> list = new ArrayList<>(taints);
        list.add(taint);
        return new Node(name, allocatable, maxPods, labels, list, unschedulable, ready, readyReason, resourceVersion);
    }

    public Node withoutTaint(String key) {
        List<Taint> list = new ArrayList<>(taints);
        list.removeIf(t -> t.key().equals(key));
        return new Node(name, allocatable, maxPods, labels, list, unschedulable, ready, readyReason, resourceVersion);
    }

    /** A taint as events write it: {@code key=value:Effect}. */
    public static String format(Taint t) {
        return t.key() + "=" + t.value() + ":" + t.effect();
    }
}

package dev.podium.world.kube.spec;

/**
 * A pod toleration. {@code operator} is Equal or Exists; an empty key with Exists tolerates every
 * taint; an empty effect matches every effect. {@code tolerationSeconds} is -1 when unset (tolerate
 * forever); it only matters for NoExecute.
 */
public record Toleration(String key, String operator, String value, String effect, long tolerationSeconds) {

    /** True if this toleration tolerates {@code taint} (the rule in the API's Toleration docs). */
    public boolean tolerates(Taint taint) {
        if (!effect.isEmpty() && !effect.equals(taint.effect())) {
            return false;
        }
        if (key.isEmpty()) {
            return "Exists".equals(operator);
        }
        if (!key.equals(taint.key())) {
            return false;
        }
        return "Exists".equals(operator) || value.equals(taint.value());
    }
}

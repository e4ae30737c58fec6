package dev.podium.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The seam between worlds of one run. A world that others act on owns a small input interface (the Kubernetes
 * world's {@code ContainerBehaviour}: how a probe goes); a world that acts on it offers an implementation here
 * under that interface, and the consuming world takes every implementation when {@link ScenarioRun} connects the
 * bindings. Neither world imports the other; only the offering world's binding names the consumer's interface.
 * Offers keep the order of the scenario's {@code worlds:}. One per run, single-threaded.
 */
public final class WorldLinks {
    private final Map<Class<?>, List<Object>> offers = new LinkedHashMap<>();

    /** Offers {@code provider} as an implementation of {@code type}. */
    public <T> void offer(Class<T> type, T provider) {
        offers.computeIfAbsent(type, t -> new ArrayList<>()).add(Objects.requireNonNull(provider, "provider"));
    }

    /** Every implementation of {@code type} offered so far, in offer order. */
    public <T> List<T> all(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Object provider : offers.getOrDefault(type, List.of())) {
            out.add(type.cast(provider));
        }
        return List.copyOf(out);
    }
}

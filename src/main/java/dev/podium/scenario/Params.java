package dev.podium.scenario;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** STUB (replaced by the scenario branch). */
public final class Params {
    private final Map<String, String> values;

    private Params(Map<String, String> values) {
        this.values = new TreeMap<>(values);
    }

    public static Params empty() {
        return new Params(Map.of());
    }

    public static Params of(Map<String, String> plain) {
        return new Params(plain);
    }

    public Set<String> names() {
        return values.keySet();
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public long durationNanos(String name, long def, long min, long max) throws ScenarioException {
        return values.containsKey(name) ? Durations.parseNanos(values.get(name)) : def;
    }

    public int integer(String name, int def, int min, int max) throws ScenarioException {
        return values.containsKey(name) ? Integer.parseInt(values.get(name)) : def;
    }

    public double number(String name, double def, double min, double max) throws ScenarioException {
        return values.containsKey(name) ? Double.parseDouble(values.get(name)) : def;
    }

    public String choice(String name, String def, String... allowed) throws ScenarioException {
        return values.getOrDefault(name, def);
    }

    public void rejectUnknown(String... known) throws ScenarioException {
    }

    public Map<String, String> asStrings() {
        return new TreeMap<>(values);
    }
}

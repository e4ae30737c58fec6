package dev.podium.scenario;

import java.util.ArrayList;
import java.util.List;

/** STUB (replaced by the scenario branch). */
public record Scenario(String sourceName, String name, LocalizedText title, LocalizedText description,
        List<String> worlds, long seed, long durationNanos, Params params, List<TimedAction> actions,
        String manifests, List<String> manifestFiles) {

    public Scenario withSeed(long newSeed) {
        return new Scenario(sourceName, name, title, description, worlds, newSeed, durationNanos, params, actions,
                manifests, manifestFiles);
    }

    public Scenario withAction(TimedAction a) {
        List<TimedAction> list = new ArrayList<>(actions);
        int i = 0;
        while (i < list.size() && list.get(i).atNanos() <= a.atNanos()) {
            i++;
        }
        list.add(i, a);
        return new Scenario(sourceName, name, title, description, worlds, seed, durationNanos, params,
                List.copyOf(list), manifests, manifestFiles);
    }

    public Scenario withActionsBefore(long tNanos) {
        return new Scenario(sourceName, name, title, description, worlds, seed, durationNanos, params,
                actions.stream().filter(a -> a.atNanos() < tNanos).toList(), manifests, manifestFiles);
    }
}

package dev.podium.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a scenario's {@code params:} into each world's parameters and checks them at load time with the world's
 * own {@link World#checkParams}, so {@code validate} needs to run nothing.
 *
 * <p>Two forms. Per world, {@code params: {kube: {clientQps: 50}, queue: {servers: 2}}}: every key is a world of
 * the scenario and holds a map. Flat, {@code params: {servers: 2}}: only for a scenario of one world, whose
 * parameters they are (the form of files written before worlds had sections). A map value anywhere marks the per
 * world form. Problems go to the builder, located at the offending key or value.
 */
final class WorldParams {
    private WorldParams() {
    }

    static Map<String, Params> read(NodeReader reader, YamlNode.Mapping node, List<String> worlds) {
        boolean perWorld = node.entries().values().stream().anyMatch(e -> e.value() instanceof YamlNode.Mapping);
        Map<String, Params> byWorld = new LinkedHashMap<>();
        if (!perWorld) {
            Params flat = reader.params("params", node.entries().values());
            if (worlds.size() == 1) {
                byWorld.put(worlds.get(0), flat);
            } else if (worlds.size() > 1 && !flat.names().isEmpty()) {
                reader.problem(node.where(), "params: with several worlds, give each world's params under its "
                        + "name, such as params: {" + worlds.get(0) + ": {...}, " + worlds.get(1) + ": {...}}");
            }
        } else {
            for (YamlNode.Entry entry : node.entries().values()) {
                if (!worlds.contains(entry.key())) {
                    reader.problem(entry.keyWhere(), "params: '" + entry.key() + "' is not a world of this scenario"
                            + Suggestions.didYouMean(entry.key(), worlds) + "; expected one of: "
                            + String.join(", ", worlds));
                } else if (entry.value() instanceof YamlNode.Mapping section) {
                    byWorld.put(entry.key(), reader.params("params." + entry.key(), section.entries().values()));
                } else {
                    reader.problem(entry.value().where(), "params." + entry.key() + ": expected a map of the "
                            + entry.key() + " world's parameters, found " + entry.value().kind());
                }
            }
        }
        return byWorld;
    }

    /** Checks each world's parameters with the world itself; problems go to {@code reader}. */
    static void check(NodeReader reader, WorldRegistry registry, List<String> worlds, Map<String, Params> params) {
        for (String name : worlds) {
            World world = registry.get(name);
            if (world == null) {
                continue;
            }
            try {
                world.checkParams(params.getOrDefault(name, Params.empty()));
            } catch (ScenarioException e) {
                reader.problems(e);
            }
        }
    }
}

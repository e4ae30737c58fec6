package dev.podium.scenario;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the YAML tree of one scenario file into a {@link Scenario}, checking it against the format and
 * collecting every problem it finds (see {@code docs/scenario-format.md}). Not thread-safe: one instance per
 * load.
 */
final class ScenarioBuilder extends NodeReader {

    static final List<String> TOP_LEVEL_KEYS = List.of("podium", "name", "title", "description", "worlds", "seed",
            "duration", "params", "manifests", "manifestFiles", "actions");
    static final List<String> ACTION_KEYS = List.of("at", "do", "target", "say");
    static final long MAX_DURATION_NANOS = 24L * 3_600_000_000_000L;
    static final int FORMAT_VERSION = 1;

    private static final Pattern NAME = Pattern.compile("[a-z0-9-]+");

    private final String sourceName;
    private final String sourceText;

    private ScenarioBuilder(String sourceName, String sourceText) {
        this.sourceName = sourceName;
        this.sourceText = sourceText;
    }

    /**
     * The scenario that {@code root} describes, or every problem found in it. {@code sourceText} is the text
     * {@code root} was read from; it locates the lines of an inline {@code manifests} block.
     */
    static Scenario build(String sourceName, YamlNode root, String sourceText) throws ScenarioException {
        return new ScenarioBuilder(sourceName, sourceText).scenario(root);
    }

    private Scenario scenario(YamlNode root) throws ScenarioException {
        if (!(root instanceof YamlNode.Mapping top)) {
            throw new ScenarioException(root.where(), "expected a map of keys (" + String.join(", ", TOP_LEVEL_KEYS)
                    + ") at the top of the scenario, found " + root.kind());
        }
        for (YamlNode.Entry entry : top.entries().values()) {
            if (!TOP_LEVEL_KEYS.contains(entry.key())) {
                problem(entry.keyWhere(), "unknown key '" + entry.key() + "'"
                        + Suggestions.didYouMean(entry.key(), TOP_LEVEL_KEYS) + "; expected one of: "
                        + String.join(", ", TOP_LEVEL_KEYS));
            }
        }
        checkVersion(top);
        String name = name(top);
        LocalizedText title = optional(top, "title") == null ? LocalizedText.empty()
                : localized("title", optional(top, "title"));
        LocalizedText description = optional(top, "description") == null ? LocalizedText.empty()
                : localized("description", optional(top, "description"));
        List<String> worlds = worlds(top);
        Long seed = optional(top, "seed") == null ? Long.valueOf(1) : integer("seed", optional(top, "seed"), "42");
        Long duration = duration(top);
        YamlNode.Mapping paramsNode = optional(top, "params") == null ? null
                : mapping("params", optional(top, "params"));
        Params params = paramsNode == null ? Params.empty() : params("params", paramsNode.entries().values());
        String manifests = optional(top, "manifests") == null ? "" : text("manifests", optional(top, "manifests"));
        List<String> manifestFiles = manifestFiles(top);
        List<TimedAction> actions = new ArrayList<>();
        if (optional(top, "actions") != null) {
            List<YamlNode> items = list("actions", optional(top, "actions"), "[{at: 10s, do: say, say: Hello}]");
            if (items != null) {
                for (YamlNode item : items) {
                    TimedAction action = action(item, worlds, duration);
                    if (action != null) {
                        actions.add(action);
                    }
                }
            }
        }
        throwIfProblems();
        return new Scenario(sourceName, name, title, description, worlds, seed, duration, params, actions,
                manifests, manifestFiles, manifestSources(top));
    }

    private ManifestSources manifestSources(YamlNode.Mapping top) {
        YamlNode inline = optional(top, "manifests");
        SourceLocation inlineWhere = inline == null ? SourceLocation.wholeFile(sourceName) : inline.where();
        int indent = inline == null ? -1 : LiteralBlocks.indentation(sourceText, inline.where());
        List<SourceLocation> entries = new ArrayList<>();
        if (optional(top, "manifestFiles") instanceof YamlNode.Sequence files) {
            files.items().forEach(item -> entries.add(item.where()));
        }
        return new ManifestSources(inlineWhere, indent, entries);
    }

    private YamlNode optional(YamlNode.Mapping mapping, String key) {
        YamlNode.Entry entry = mapping.get(key);
        return entry == null ? null : entry.value();
    }

    private YamlNode required(YamlNode.Mapping mapping, String key, String what) {
        YamlNode.Entry entry = mapping.get(key);
        if (entry == null) {
            problem(mapping.where(), "missing required key '" + key + "' (" + what + ")");
            return null;
        }
        return entry.value();
    }

    private void checkVersion(YamlNode.Mapping top) {
        YamlNode node = required(top, "podium", "the format version: podium: " + FORMAT_VERSION);
        if (node == null) {
            return;
        }
        Long version = integer("podium", node, String.valueOf(FORMAT_VERSION));
        if (version != null && version != FORMAT_VERSION) {
            problem(node.where(), "podium: format version " + version + " is not supported; this Podium reads "
                    + "version " + FORMAT_VERSION);
        }
    }

    private String name(YamlNode.Mapping top) {
        YamlNode node = required(top, "name", "a short id such as queueing-basics");
        String name = node == null ? null : text("name", node);
        if (name != null && !NAME.matcher(name).matches()) {
            problem(node.where(), "name: '" + name + "' may use only lower-case letters a-z, digits and '-'");
        }
        return name == null ? "" : name;
    }

    private List<String> worlds(YamlNode.Mapping top) {
        YamlNode node = required(top, "worlds", "a list from " + String.join(", ", ActionCatalog.knownWorlds()));
        List<YamlNode> items = node == null ? null : list("worlds", node, "[queue]");
        if (items == null) {
            return List.of();
        }
        if (items.isEmpty()) {
            problem(node.where(), "worlds: name at least one world: " + String.join(", ", ActionCatalog.knownWorlds()));
        }
        Set<String> worlds = new LinkedHashSet<>();
        for (YamlNode item : items) {
            String world = text("worlds", item);
            if (world == null) {
                continue;
            }
            if (!ActionCatalog.isKnownWorld(world)) {
                problem(item.where(), "worlds: unknown world '" + world + "'"
                        + Suggestions.didYouMean(world, ActionCatalog.knownWorlds()) + "; expected one of: "
                        + String.join(", ", ActionCatalog.knownWorlds()));
            } else if (!worlds.add(world)) {
                problem(item.where(), "worlds: '" + world + "' is listed twice");
            }
        }
        return List.copyOf(worlds);
    }

    private Long duration(YamlNode.Mapping top) {
        YamlNode node = required(top, "duration", "how long to simulate, such as 10m");
        Long nanos = node == null ? null : duration("duration", node);
        if (nanos != null && (nanos <= 0 || nanos > MAX_DURATION_NANOS)) {
            problem(node.where(), "duration: " + Durations.format(nanos) + " is out of range; expected more than 0s "
                    + "and at most 24h");
            return null;
        }
        return nanos;
    }

    private List<String> manifestFiles(YamlNode.Mapping top) {
        YamlNode node = optional(top, "manifestFiles");
        List<YamlNode> items = node == null ? null : list("manifestFiles", node, "[nginx.yaml]");
        List<String> files = new ArrayList<>();
        for (YamlNode item : items == null ? List.<YamlNode>of() : items) {
            String file = text("manifestFiles", item);
            if (file != null) {
                files.add(file);
            }
        }
        return files;
    }

    /** One action, or null after recording its problems; {@code durationNanos} is null when it is invalid. */
    private TimedAction action(YamlNode item, List<String> worlds, Long durationNanos) {
        YamlNode.Mapping action = mapping("actions", item);
        if (action == null) {
            return null;
        }
        YamlNode atNode = required(action, "at", "when, such as 30s");
        Long at = atNode == null ? null : duration("at", atNode);
        if (at != null && durationNanos != null && at > durationNanos) {
            problem(atNode.where(), "at: " + Durations.format(at) + " is after the end of the scenario (duration "
                    + Durations.format(durationNanos) + ")");
        }
        YamlNode doNode = required(action, "do", "the verb, such as say");
        String verb = doNode == null ? null : text("do", doNode);
        String target = optional(action, "target") == null ? "" : text("target", optional(action, "target"));
        LocalizedText say = optional(action, "say") == null ? LocalizedText.empty()
                : localized("say", optional(action, "say"));
        Params args = params("args", action.entries().values().stream()
                .filter(entry -> !ACTION_KEYS.contains(entry.key())).toList());
        if (verb != null && !worlds.isEmpty()) {
            checkVerb(verb, doNode, worlds, target == null ? "" : target, args, action.get("say") != null,
                    action.where());
        }
        if (at == null || verb == null || target == null) {
            return null;
        }
        return new TimedAction(at, verb, target, args, say, action.where());
    }

    private void checkVerb(String verb, YamlNode doNode, List<String> worlds, String target, Params args,
                           boolean saysSomething, SourceLocation actionWhere) {
        Set<String> known = new LinkedHashSet<>();
        worlds.forEach(world -> known.addAll(ActionCatalog.verbsFor(world)));
        if (!known.contains(verb)) {
            problem(doNode.where(), "do: unknown action '" + verb + "' for worlds " + String.join(", ", worlds)
                    + Suggestions.didYouMean(verb, known) + "; expected one of: " + String.join(", ", known));
            return;
        }
        if (verb.equals("say") && !saysSomething) {
            problem(actionWhere, "a 'say' action needs 'say' text");
        }
        try {
            ActionCatalog.checkArgs(worlds, verb, target, args, actionWhere);
        } catch (ScenarioException e) {
            problems(e);
        }
    }
}

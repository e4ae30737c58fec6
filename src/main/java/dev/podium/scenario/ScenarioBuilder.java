package dev.podium.scenario;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the YAML tree of one scenario file into a {@link Scenario}, checking it against the format and
 * collecting every problem it finds (see {@code docs/scenario-format.md}). Not thread-safe: one instance per
 * load.
 */
final class ScenarioBuilder extends NodeReader {

    /** The keys every scenario may have; worlds add their own (see {@link World#sections()}). */
    static final List<String> TOP_LEVEL_KEYS = List.of("podium", "name", "title", "description", "worlds", "seed",
            "duration", "params", "actions");
    static final List<String> ACTION_KEYS = List.of("at", "do", "target", "say");
    static final long MAX_DURATION_NANOS = 24L * 3_600_000_000_000L;
    static final int FORMAT_VERSION = 1;

    private static final Pattern NAME = Pattern.compile("[a-z0-9-]+");

    private final String sourceName;
    private final String sourceText;
    private final WorldRegistry registry;
    private final List<String> topLevelKeys = new ArrayList<>(TOP_LEVEL_KEYS);

    private ScenarioBuilder(String sourceName, String sourceText, WorldRegistry registry) {
        this.sourceName = sourceName;
        this.sourceText = sourceText;
        this.registry = registry;
        for (World world : registry.all()) {
            world.sections().forEach(spec -> topLevelKeys.add(spec.key()));
        }
    }

    /**
     * The scenario that {@code root} describes, or every problem found in it. {@code sourceText} is the text
     * {@code root} was read from; it locates the lines of an inline {@code manifests} block.
     */
    static Scenario build(String sourceName, YamlNode root, String sourceText, WorldRegistry registry)
            throws ScenarioException {
        return new ScenarioBuilder(sourceName, sourceText, registry).scenario(root);
    }

    private Scenario scenario(YamlNode root) throws ScenarioException {
        if (!(root instanceof YamlNode.Mapping top)) {
            throw new ScenarioException(root.where(), "expected a map of keys (" + String.join(", ", topLevelKeys)
                    + ") at the top of the scenario, found " + root.kind());
        }
        for (YamlNode.Entry entry : top.entries().values()) {
            if (!topLevelKeys.contains(entry.key())) {
                problem(entry.keyWhere(), "unknown key '" + entry.key() + "'"
                        + Suggestions.didYouMean(entry.key(), topLevelKeys) + "; expected one of: "
                        + String.join(", ", topLevelKeys));
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
        Map<String, Params> params = paramsNode == null ? Map.of() : WorldParams.read(this, paramsNode, worlds);
        WorldParams.check(this, registry, worlds, params);
        Map<String, Section> sections = sections(top);
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
                sections);
    }

    /** The top-level keys that worlds own, read as each world says (a text block or a list of texts). */
    private Map<String, Section> sections(YamlNode.Mapping top) {
        Map<String, Section> sections = new TreeMap<>();
        for (World world : registry.all()) {
            for (Section.Spec spec : world.sections()) {
                YamlNode node = optional(top, spec.key());
                Section section = node == null ? null : section(spec, node);
                if (section != null) {
                    sections.put(spec.key(), section);
                }
            }
        }
        return sections;
    }

    private Section section(Section.Spec spec, YamlNode node) {
        if (spec.kind() == Section.Kind.TEXT) {
            String text = text(spec.key(), node);
            int indent = LiteralBlocks.indentation(sourceText, node.where());
            TextOrigin origin = indent >= 0 && node.where().line() > 0
                    ? new TextOrigin(node.where().file(), node.where().line(), indent)
                    : TextOrigin.of(sourceName + "#" + spec.key());
            return text == null ? null : new Section(spec.key(), node.where(), text, origin, List.of());
        }
        List<YamlNode> items = list(spec.key(), node, "[nginx.yaml]");
        List<Section.Item> entries = new ArrayList<>();
        for (YamlNode item : items == null ? List.<YamlNode>of() : items) {
            String text = text(spec.key(), item);
            if (text != null) {
                entries.add(new Section.Item(text, item.where()));
            }
        }
        return new Section(spec.key(), node.where(), "", TextOrigin.of(sourceName + "#" + spec.key()), entries);
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
        YamlNode node = required(top, "worlds", "a list from " + String.join(", ", registry.names()));
        List<YamlNode> items = node == null ? null : list("worlds", node, "[queue]");
        if (items == null) {
            return List.of();
        }
        if (items.isEmpty()) {
            problem(node.where(), "worlds: name at least one world: " + String.join(", ", registry.names()));
        }
        Set<String> worlds = new LinkedHashSet<>();
        for (YamlNode item : items) {
            String world = text("worlds", item);
            if (world == null) {
                continue;
            }
            if (registry.get(world) == null) {
                problem(item.where(), "worlds: unknown world '" + world + "'"
                        + Suggestions.didYouMean(world, registry.names()) + "; expected one of: "
                        + String.join(", ", registry.names()));
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
        boolean asks = TimedAction.ASK.equals(verb);
        Params args = params("args", action.entries().values().stream()
                .filter(entry -> !ACTION_KEYS.contains(entry.key()))
                .filter(entry -> !asks || !QuestionReader.KEYS.contains(entry.key())).toList());
        Question question = asks ? new QuestionReader(this).read(action) : null;
        if (verb != null && !worlds.isEmpty()) {
            checkVerb(verb, doNode, worlds, target == null ? "" : target, args, action.get("say") != null,
                    action.where());
        }
        if (at == null || verb == null || target == null || asks && question == null) {
            return null;
        }
        return new TimedAction(at, verb, target, args, say, action.where(), question);
    }

    private void checkVerb(String verb, YamlNode doNode, List<String> worlds, String target, Params args,
                           boolean saysSomething, SourceLocation actionWhere) {
        Set<String> known = new LinkedHashSet<>();
        known.add(TimedAction.SAY);
        known.add(TimedAction.ASK);
        worlds.forEach(world -> registry.get(world).verbs().forEach(v -> known.add(v.name())));
        if (!known.contains(verb)) {
            problem(doNode.where(), "do: unknown action '" + verb + "' for worlds " + String.join(", ", worlds)
                    + Suggestions.didYouMean(verb, known) + "; expected one of: " + String.join(", ", known));
            return;
        }
        if (verb.equals(TimedAction.SAY) || verb.equals(TimedAction.ASK)) {
            if (verb.equals(TimedAction.SAY) && !saysSomething) {
                problem(actionWhere, "a 'say' action needs 'say' text");
            }
            try {
                args.rejectUnknown();
            } catch (ScenarioException e) {
                problems(e);
            }
            return;
        }
        try {
            registry.verb(worlds, verb).check(target, args, actionWhere);
        } catch (ScenarioException e) {
            problems(e);
        }
    }
}

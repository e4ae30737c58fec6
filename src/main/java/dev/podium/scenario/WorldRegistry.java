package dev.podium.scenario;

import dev.podium.timeline.EventTypes;
import dev.podium.timeline.WorldEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;

/**
 * The worlds this build has, found through {@link ServiceLoader}: each world lists its {@link World} descriptor in
 * {@code META-INF/services/dev.podium.scenario.World}, one line, in the order the gallery and the documentation
 * show them. Shared code iterates over a registry and never names a world. Immutable and thread-safe;
 * {@link #standard()} is loaded once.
 */
public final class WorldRegistry {
    private static volatile WorldRegistry standard;

    private final Map<String, World> byName;
    private final EventTypes eventTypes;

    private WorldRegistry(List<World> worlds) {
        Map<String, World> map = new LinkedHashMap<>();
        EventTypes types = new EventTypes();
        for (World world : worlds) {
            if (!world.name().matches("[a-z]+")) {
                throw new IllegalArgumentException("a world's name is lower-case letters: '" + world.name() + "'");
            }
            if (map.putIfAbsent(world.name(), world) != null) {
                throw new IllegalArgumentException("two worlds named " + world.name());
            }
            types.register(world.eventTypes());
        }
        this.byName = Collections.unmodifiableMap(map);
        this.eventTypes = types;
    }

    /** Every world registered on Podium's own class path. */
    public static WorldRegistry standard() {
        WorldRegistry loaded = standard;
        if (loaded == null) {
            synchronized (WorldRegistry.class) {
                if (standard == null) {
                    standard = load(WorldRegistry.class.getClassLoader());
                }
                loaded = standard;
            }
        }
        return loaded;
    }

    /** Every world that {@code loader} sees registered, in registration order. */
    public static WorldRegistry load(ClassLoader loader) {
        List<World> worlds = new ArrayList<>();
        ServiceLoader.load(World.class, loader).forEach(worlds::add);
        return new WorldRegistry(worlds);
    }

    /** A registry of exactly these worlds (tests, tools). */
    public static WorldRegistry of(List<World> worlds) {
        return new WorldRegistry(worlds);
    }

    /** This registry with {@code more} added at the end. */
    public WorldRegistry with(World more) {
        List<World> all = new ArrayList<>(byName.values());
        all.add(Objects.requireNonNull(more, "more"));
        return new WorldRegistry(all);
    }

    /** The world named {@code name}, or null when this build has none. */
    public World get(String name) {
        return byName.get(name);
    }

    /** The worlds' names in registration order. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /** The worlds in registration order. */
    public List<World> all() {
        return List.copyOf(byName.values());
    }

    /** Every event type the registered worlds produce, for reading and writing recordings. */
    public EventTypes eventTypes() {
        return eventTypes;
    }

    /** The world that owns {@code event}, or null (narration, or a world this build lacks). */
    public World worldOf(WorldEvent event) {
        for (World world : byName.values()) {
            if (world.owns(event)) {
                return world;
            }
        }
        return null;
    }

    /** The names of the worlds {@code events} belong to, in registration order. */
    public List<String> worldsOf(List<? extends WorldEvent> events) {
        List<String> found = new ArrayList<>();
        Map<Class<?>, World> cache = new LinkedHashMap<>();
        for (WorldEvent event : events) {
            World world = cache.computeIfAbsent(event.getClass(), c -> worldOf(event));
            if (world != null && !found.contains(world.name())) {
                found.add(world.name());
                if (found.size() == byName.size()) {
                    break;
                }
            }
        }
        List<String> ordered = new ArrayList<>(names());
        ordered.retainAll(found);
        return List.copyOf(ordered);
    }

    /** The world that opens files named {@code fileName} on their own ({@link World#fileExtensions()}), or null. */
    public World openerOf(String fileName) {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        for (World w : all()) {
            for (String ext : w.fileExtensions()) {
                if (lower.endsWith(ext)) {
                    return w;
                }
            }
        }
        return null;
    }

    /** The world that owns the top-level scenario key {@code key}, or null. */
    public World ownerOfSection(String key) {
        for (World world : byName.values()) {
            for (Section.Spec spec : world.sections()) {
                if (spec.key().equals(key)) {
                    return world;
                }
            }
        }
        return null;
    }

    /** The world whose verbs include {@code verb} among {@code worlds}, or null. */
    public Verb<?> verb(List<String> worlds, String verb) {
        for (String name : worlds) {
            World world = byName.get(name);
            if (world == null) {
                continue;
            }
            for (Verb<?> v : world.verbs()) {
                if (v.name().equals(verb)) {
                    return v;
                }
            }
        }
        return null;
    }
}

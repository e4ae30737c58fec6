package dev.podium.ui.shell;

import dev.podium.ui.world.Narrator;
import dev.podium.ui.world.WorldUi;
import dev.podium.ui.world.WorldView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The worlds this window can show, by name: every {@link WorldUi} registered in
 * {@code META-INF/services/dev.podium.ui.world.WorldUi}, in registration order. A world's view is built on first use
 * and reused across scenarios, since {@link WorldView#bind} repoints it. FX thread only.
 */
public final class WorldViews {
    /** A world's UI descriptor with its view, built once. */
    public record Entry(String world, WorldView view, Narrator narrator, WorldUi ui) {
    }

    private final Map<String, WorldUi> uis = new LinkedHashMap<>();
    private final Map<String, Entry> built = new LinkedHashMap<>();

    private WorldViews(List<WorldUi> worlds) {
        worlds.forEach(ui -> uis.put(ui.world(), ui));
    }

    /** Every world UI registered on Podium's class path. */
    public static WorldViews standard() {
        return load(WorldViews.class.getClassLoader());
    }

    /** Every world UI that {@code loader} sees registered, in registration order. */
    public static WorldViews load(ClassLoader loader) {
        List<WorldUi> found = new ArrayList<>();
        ServiceLoader.load(WorldUi.class, loader).forEach(found::add);
        return new WorldViews(found);
    }

    /** Exactly these world UIs (tests). */
    public static WorldViews of(List<WorldUi> worlds) {
        return new WorldViews(worlds);
    }

    /** Every world UI, in registration order. */
    public List<WorldUi> all() {
        return List.copyOf(uis.values());
    }

    public boolean knows(String world) {
        return uis.containsKey(world);
    }

    /** The UI descriptor of {@code world}, or null if this build has none. */
    public WorldUi ui(String world) {
        return uis.get(world);
    }

    /** The views built so far, in the order they were first used. */
    public List<Entry> built() {
        return List.copyOf(built.values());
    }

    /** Whether {@code world}'s view has been built. */
    public boolean isBuilt(String world) {
        return built.containsKey(world);
    }

    /** The view and narrator of {@code world}, built on first use; null if this build has none. */
    public Entry forWorld(String world) {
        WorldUi ui = uis.get(world);
        if (ui == null) {
            return null;
        }
        return built.computeIfAbsent(world, w -> new Entry(w, ui.newView(), ui.narrator(), ui));
    }
}

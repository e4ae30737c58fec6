package dev.podium.ui.shell;

import dev.podium.ui.kube.KubeNarrator;
import dev.podium.ui.kube.KubeView;
import dev.podium.ui.queue.QueueNarrator;
import dev.podium.ui.queue.QueueView;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The registry of world views and narrators by world name ({@code queue}, later {@code kube},
 * {@code goruntime}, {@code gc}). Views are built once per world and reused across scenarios, since
 * {@link WorldView#bind} repoints them. FX thread only.
 */
public final class WorldViews {
    /** A world's view and its narrator. */
    public record Entry(String world, WorldView view, Narrator narrator) {
    }

    private final Map<String, Supplier<Entry>> factories = new LinkedHashMap<>();
    private final Map<String, Entry> built = new LinkedHashMap<>();

    /** The registry with every world this build can show. */
    public static WorldViews standard() {
        WorldViews views = new WorldViews();
        views.register("queue", () -> new Entry("queue", new QueueView(), new QueueNarrator()));
        views.register("kube", () -> new Entry("kube", new KubeView(), new KubeNarrator()));
        return views;
    }

    public WorldViews register(String world, Supplier<Entry> factory) {
        factories.put(world, factory);
        return this;
    }

    public boolean knows(String world) {
        return factories.containsKey(world);
    }

    /** The view and narrator of {@code world}, built on first use; null if this build has none. */
    public Entry forWorld(String world) {
        Supplier<Entry> factory = factories.get(world);
        if (factory == null) {
            return null;
        }
        return built.computeIfAbsent(world, w -> factory.get());
    }
}

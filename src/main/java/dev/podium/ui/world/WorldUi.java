package dev.podium.ui.world;

import java.util.List;

/**
 * A world's UI side: its view, its narrator and its Actions menu items, found by the shell through
 * {@code META-INF/services/dev.podium.ui.world.WorldUi} (one line per world). The core side of the world is its
 * {@code dev.podium.scenario.World} descriptor of the same {@link #world()} name. The shell never names a world.
 * Views are built once per window and reused across scenarios ({@link WorldView#bind} repoints them). FX thread.
 */
public interface WorldUi {
    /** The world's name, as its {@code World} descriptor says. */
    String world();

    /** A new view of this world (the shell makes one per window). */
    WorldView newView();

    /** The world's narrator. */
    Narrator narrator();

    /**
     * The base name of the bundle with the world's action texts (see {@link MenuAction}) and, under
     * {@code world.title}, its name on the stage's tab when a lesson shows several worlds.
     */
    String bundle();

    /** The world's items in the Actions menu, in menu order; empty if it has none. */
    List<MenuAction> actions();

    /**
     * The class-path resource of the world's own style sheet (its {@code -pd-<world>-*} colour tokens on
     * {@code .root}, their dark values on {@code .root.theme-dark}, and its view rules), which the window adds after
     * the shared sheets; null when the world has none. (The queue and Kubernetes worlds' tokens predate this and
     * still sit in the shared {@code tokens.css}.)
     */
    default String stylesheet() {
        return null;
    }
}

/**
 * What a world's UI implements and the shell uses: {@link dev.podium.ui.world.WorldUi} (the UI descriptor, found
 * through {@link java.util.ServiceLoader}), {@link dev.podium.ui.world.WorldView}, {@link dev.podium.ui.world.Narrator},
 * {@link dev.podium.ui.world.Inspection} and {@link dev.podium.ui.world.MenuAction}. Both {@code ui.shell} and
 * every world UI package import this one, and it imports neither, so no UI package depends on one that depends on
 * it back. FX thread only.
 */
package dev.podium.ui.world;

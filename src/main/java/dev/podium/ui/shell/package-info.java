/**
 * The app shell: {@link dev.podium.ui.shell.MainWindow} and its panels, the playback loop
 * ({@link dev.podium.ui.shell.Player} over the toolkit-free {@link dev.podium.ui.shell.PlayerModel}), the
 * registry of world UIs ({@link dev.podium.ui.shell.WorldViews}, found through {@link java.util.ServiceLoader}) and
 * the Actions menu built from the worlds' verbs ({@link dev.podium.ui.shell.ActionsMenu}). The shell never names a
 * world: it asks the world descriptors. FX thread only.
 */
package dev.podium.ui.shell;

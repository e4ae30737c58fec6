/**
 * The app shell: {@link dev.podium.ui.shell.MainWindow} and its panels, the playback loop
 * ({@link dev.podium.ui.shell.Player} over the toolkit-free {@link dev.podium.ui.shell.PlayerModel}),
 * and the seams world views plug into ({@link dev.podium.ui.shell.WorldView},
 * {@link dev.podium.ui.shell.Narrator}). FX thread only.
 */
package dev.podium.ui.shell;

/**
 * The app shell: {@link dev.podium.ui.shell.MainWindow} and its panels, the playback loop
 * ({@link dev.podium.ui.shell.Player} over the toolkit-free {@link dev.podium.ui.shell.PlayerModel}),
 * and the seams world views plug into ({@link dev.podium.ui.world.WorldView},
 * {@link dev.podium.ui.world.Narrator}). FX thread only.
 */
package dev.podium.ui.shell;

import dev.podium.ui.world.Narrator;
import dev.podium.ui.world.WorldView;

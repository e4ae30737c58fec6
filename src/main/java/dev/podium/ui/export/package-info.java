/**
 * Export on the UI side: the stage drawn off screen at any time and snapshotted into frames
 * ({@link dev.podium.ui.export.StageRenderer}), the File > Export… dialog with its progress window, and the headless
 * {@code podium export} command, which starts JavaFX on Monocle's headless platform (found by the CLI through
 * {@code META-INF/services/dev.podium.cli.CommandPlugin}, since the CLI never imports the UI). Encoding lives in
 * {@code dev.podium.export}. Imports ui.common, ui.world and ui.playback, never the shell.
 */
package dev.podium.ui.export;

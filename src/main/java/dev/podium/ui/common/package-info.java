/**
 * Shared UI pieces a world's view builds on: theme and colour tokens (and {@link dev.podium.ui.common.ThemePalette},
 * the base of each world's Canvas palette), i18n and narration sentences with named arguments
 * ({@link dev.podium.ui.common.NarrationBundle}), the shell's time readout, the speed ladder, style constants and
 * the {@link dev.podium.ui.common.Scrubber} control.
 */
package dev.podium.ui.common;

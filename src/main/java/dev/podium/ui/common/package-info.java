/**
 * Shared UI pieces: theme and colour tokens, i18n, simulated-time format, the speed ladder, style
 * constants and the {@link dev.podium.ui.common.Scrubber} control.
 */
package dev.podium.ui.common;

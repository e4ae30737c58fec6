/**
 * The JavaFX user interface, and the only package tree that imports JavaFX: {@code ui.shell} (window,
 * gallery, transport, narration, inspector, playback loop), {@code ui.common} (theme, i18n, time
 * format, scrubber), and one sub-package per world view.
 */
package dev.podium.ui;

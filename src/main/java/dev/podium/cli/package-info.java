/**
 * Headless commands (picocli): run, validate, replay, record, fork, bench. Same jar as the app; never starts JavaFX.
 * May import everything but the UI.
 */
package dev.podium.cli;

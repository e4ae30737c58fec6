/**
 * Podium: makes the machinery of cloud-native systems visible. {@link dev.podium.Main} is the launcher (no
 * arguments: the app; a subcommand: the headless CLI). The packages below follow ARCHITECTURE.md's table:
 * engine, timeline, world.*, scenario, live, ui, cli.
 */
package dev.podium;

/**
 * One Podium per user for double-clicked files: {@link dev.podium.instance.SingleInstance} holds a lock file and a
 * loopback port with a random secret in the user's Podium directory; a second launch with a file hands the path to
 * the running one and exits. No JavaFX: the receiving side in the window is {@code ui.shell.HandOffReceiver}.
 */
package dev.podium.instance;

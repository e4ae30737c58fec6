/**
 * What the player plays, without JavaFX: {@link dev.podium.ui.playback.Playback} and its sources that are not
 * live, a simulation computed just ahead of the playhead and a recording read from a file. The live source is in
 * {@code ui.live}. Callers ask a playback what it can do, never which kind it is. FX thread only.
 */
package dev.podium.ui.playback;

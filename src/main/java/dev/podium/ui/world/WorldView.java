package dev.podium.ui.world;

import dev.podium.timeline.Timeline;
import javafx.scene.Node;

/**
 * One world's view on the stage. The shell owns playback; the view only draws the state it folds
 * from the timeline at the playhead. FX thread only.
 */
public interface WorldView {
    /** The node the shell places on the stage; built once. */
    Node node();

    /**
     * Points the view at a run's timeline. Called when a scenario opens and again after every fork
     * (a fork makes a new timeline); the view drops what it folded from the old one.
     */
    void bind(Timeline timeline);

    /**
     * Draws the world at {@code playheadNanos}. Called once per animation frame while playing, and
     * after seeks, steps, resizes and theme or language changes. Motion is a function of sim time, so
     * the view needs no idea of play, pause or speed. The timeline is computed at least up to the
     * playhead.
     */
    void render(long playheadNanos);

    /**
     * Another lesson (a scenario, recording or live cluster) comes on stage; called before its {@link #bind}, and
     * not when the same lesson is reloaded or forked. A view puts back what it chose for the last lesson (the panel
     * it opens on) and keeps it across the reloads and forks that follow. Default: nothing.
     */
    default void newLesson() {
    }

    /** What is at a point in {@link #node()}'s coordinates, for the inspector; null if nothing. */
    Inspection pick(double x, double y);
}

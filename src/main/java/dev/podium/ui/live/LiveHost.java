package dev.podium.ui.live;

import dev.podium.ui.common.Dialogs;
import dev.podium.ui.common.I18n;
import dev.podium.ui.playback.Playback;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * What the live pieces ({@link LiveCommands}, {@link LiveStatusBar}) need from the window that holds them: its
 * language, dialogs, the playback on show and its playhead, the narration, and a way to show another playback.
 * The window implements it, so this package never imports the shell. FX thread only.
 */
public interface LiveHost {
    I18n i18n();

    Dialogs dialogs();

    /** The playback on show (null before the first). */
    ReadOnlyObjectProperty<Playback> playbackProperty();

    /** True while the playhead follows a live cluster's "now". */
    ReadOnlyBooleanProperty atLiveEdgeProperty();

    /** Back to "now", playing at real time (live only). */
    void goLive();

    long playheadNanos();

    /** Adds {@code text} to the narration at {@code atNanos}. */
    void note(long atNanos, String text);

    /**
     * A playback of {@code worlds} is on its way (a live session connecting): the window may get their views ready
     * ahead, a little each pulse, so that showing it is not one long pulse. Shows nothing. Runs {@code ready} on the
     * FX thread once the views are ready; by default at once.
     */
    default void prepare(List<String> worlds, Runnable ready) {
        ready.run();
    }

    /** Shows {@code next} under {@code title}; the previous playback is closed. */
    void showPlayback(Playback next, String title);
}

package dev.podium.ui.shell;

import dev.podium.timeline.Asked;
import dev.podium.timeline.WorldEvent;
import dev.podium.ui.playback.Playback;
import java.util.List;

/**
 * A lesson stepped like slides: {@link #next()} plays to the next cue and pauses there (Page Down on a clicker),
 * {@link #previous()} goes back to the cue before the playhead (Page Up). Cues are the playback's
 * {@link Playback#cues()}; its questions ({@link Asked}) are also where playing always stops. FX thread only; no
 * nodes, so plain JUnit can test it.
 */
final class CueStepper {
    private final PlayerModel model;
    private Playback cachedFor;
    private List<WorldEvent> cues = List.of();

    CueStepper(PlayerModel model) {
        this.model = model;
        model.playbackProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    /** The cues of the playback on show, in time order. */
    List<WorldEvent> cues() {
        Playback p = model.playback();
        if (p != cachedFor || p != null && p.followsWallClock()) {
            refresh();
        }
        return cues;
    }

    /** Plays to the first cue after the playhead and pauses there, or to the end; false if at the end already. */
    boolean next() {
        WorldEvent cue = nextCue();
        long end = model.durationProperty().get();
        long to = cue == null ? end : cue.timeNanos();
        if (to <= model.playheadNanos()) {
            return false;
        }
        model.playUntil(to);
        return true;
    }

    /** Pauses and seeks to the last cue before the playhead, or to the start. */
    void previous() {
        long playhead = model.playheadNanos();
        long to = 0;
        for (WorldEvent cue : cues()) {
            if (cue.timeNanos() >= playhead) {
                break;
            }
            to = cue.timeNanos();
        }
        model.pause();
        model.seek(to);
    }

    /** The first cue after the playhead, or null. */
    WorldEvent nextCue() {
        long playhead = model.playheadNanos();
        for (WorldEvent cue : cues()) {
            if (cue.timeNanos() > playhead) {
                return cue;
            }
        }
        return null;
    }

    private void refresh() {
        Playback p = model.playback();
        cachedFor = p;
        cues = p == null ? List.of() : List.copyOf(p.cues());
        model.setStopTimes(cues.stream().filter(Asked.class::isInstance).mapToLong(WorldEvent::timeNanos).toArray());
    }
}

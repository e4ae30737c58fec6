package dev.podium.export;

import dev.podium.timeline.Narrated;
import dev.podium.timeline.Timeline;

/**
 * The lesson's caption at a time: the text of the latest narration cue ({@link Narrated}) at or before it, in one
 * language, or null before the first cue. Times asked in increasing order cost only the events in between (an
 * export walks forward); a time earlier than the last one asked starts over. Not thread-safe; the timeline must be
 * computed up to the time asked.
 */
public final class CaptionTrack {
    private final Timeline timeline;
    private final String languageTag;
    private int scanned;
    private Narrated current;

    public CaptionTrack(Timeline timeline, String languageTag) {
        this.timeline = timeline;
        this.languageTag = languageTag;
    }

    /** The caption at {@code simNanos}, or null if no cue has been said yet. */
    public String at(long simNanos) {
        int count = timeline.countAtOrBefore(simNanos);
        if (count < scanned) {
            scanned = 0;
            current = null;
        }
        for (; scanned < count; scanned++) {
            if (timeline.get(scanned) instanceof Narrated cue) {
                current = cue;
            }
        }
        return current == null ? null : current.textIn(languageTag);
    }
}

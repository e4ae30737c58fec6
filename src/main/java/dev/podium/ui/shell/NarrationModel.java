package dev.podium.ui.shell;

import dev.podium.timeline.Asked;
import dev.podium.timeline.Narrated;
import dev.podium.timeline.Timeline;
import dev.podium.timeline.WorldEvent;
import dev.podium.ui.world.Narrator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The narration panel without nodes: the newest {@value #MAX_LINES} sentences up to the playhead,
 * oldest first. Each world's {@link Narrator} words its events; scenario cues ({@link Narrated}) come
 * in the current language. Per update it asks at most {@value #MAX_SCAN} events for sentences,
 * whatever the length of the run: moving forward appends only the new events, and anything else
 * (seek back, jump, language switch, new run) rebuilds by walking back from the playhead. FX thread
 * only; plain JUnit tests it without a toolkit.
 */
public final class NarrationModel {
    public static final int MAX_LINES = 200;
    static final int MAX_SCAN = 4_000;

    private final ObservableList<NarrationLine> lines = FXCollections.observableArrayList();
    private final ObservableList<NarrationLine> readOnlyLines = FXCollections.unmodifiableObservableList(lines);
    private List<Narrator> narrators = List.of();
    private Timeline timeline;
    private Locale locale = Locale.ENGLISH;
    /** Events (counted from the timeline's start) already turned into lines; -1 forces a rebuild. */
    private int shownCount = -1;
    /** Timeline indices of the scenario's cues, in order, found so far; grows as the run is computed. */
    private final List<Integer> cueIndices = new ArrayList<>();
    private int cueScanned;
    private final ObjectProperty<NarrationLine> currentCue = new SimpleObjectProperty<>(this, "currentCue");
    private int currentCueIndex = -1;

    /**
     * The scenario's latest cue at or before the playhead, in the current language, or null before
     * the first: the panel pins it above the log so the lesson's words stay in view however many
     * events follow.
     */
    public ReadOnlyObjectProperty<NarrationLine> currentCueProperty() {
        return currentCue;
    }

    /** The lines, oldest first; read-only. */
    public ObservableList<NarrationLine> lines() {
        return readOnlyLines;
    }

    /** Narrates a (new) run's timeline with these narrators; the next update rebuilds. */
    public void bind(Timeline newTimeline, List<Narrator> newNarrators) {
        this.timeline = newTimeline;
        this.narrators = List.copyOf(newNarrators);
        shownCount = -1;
        cueIndices.clear();
        cueScanned = 0;
        currentCueIndex = -1;
        currentCue.set(null);
    }

    /** Switches language; the next update rebuilds. */
    public void setLocale(Locale newLocale) {
        if (!newLocale.equals(locale)) {
            locale = newLocale;
            shownCount = -1;
            currentCueIndex = -1;
        }
    }

    /** Brings the lines up to {@code playheadNanos}. */
    public void update(long playheadNanos) {
        if (timeline == null) {
            return;
        }
        int count = timeline.countAtOrBefore(playheadNanos);
        updateCurrentCue(count);
        if (count == shownCount) {
            return;
        }
        boolean incremental = shownCount >= 0 && count > shownCount && count - shownCount <= MAX_SCAN;
        List<NarrationLine> found = collectBackward(count, incremental ? shownCount : Math.max(0, count - MAX_SCAN));
        if (incremental) {
            lines.addAll(found);
            int excess = lines.size() - MAX_LINES;
            if (excess > 0) {
                lines.remove(0, excess);
            }
        } else {
            lines.setAll(found);
        }
        shownCount = count;
    }

    /** Finds the last cue among the first {@code count} events; scans each event once over a run. */
    private void updateCurrentCue(int count) {
        for (int size = timeline.size(); cueScanned < size; cueScanned++) {
            WorldEvent event = timeline.get(cueScanned);
            if (event instanceof Narrated || event instanceof Asked) {
                cueIndices.add(cueScanned);
            }
        }
        int pos = Collections.binarySearch(cueIndices, count - 1);
        int last = pos >= 0 ? pos : -pos - 2; // the last cue index <= count - 1
        int index = last >= 0 ? cueIndices.get(last) : -1;
        if (index != currentCueIndex) {
            currentCueIndex = index;
            currentCue.set(index < 0 ? null : lineFor(timeline.get(index)));
        }
    }

    /** Adds the shell's own note (shown until the next rebuild). */
    public void note(long timeNanos, String text) {
        lines.add(new NarrationLine(timeNanos, text, NarrationLine.Kind.NOTE));
        if (lines.size() > MAX_LINES) {
            lines.remove(0, lines.size() - MAX_LINES);
        }
    }

    /** Lines for events [from, count), newest MAX_LINES of them, oldest first. */
    private List<NarrationLine> collectBackward(int count, int from) {
        List<NarrationLine> found = new ArrayList<>();
        for (int i = count - 1; i >= from && found.size() < MAX_LINES; i--) {
            NarrationLine line = lineFor(timeline.get(i));
            if (line != null) {
                found.add(line);
            }
        }
        Collections.reverse(found);
        return found;
    }

    private NarrationLine lineFor(WorldEvent event) {
        if (event instanceof Narrated cue) {
            return new NarrationLine(cue.timeNanos(), cue.textIn(locale.toLanguageTag()), NarrationLine.Kind.CUE);
        }
        if (event instanceof Asked asked) {
            return new NarrationLine(asked.timeNanos(), asked.questionIn(locale.toLanguageTag()),
                    NarrationLine.Kind.CUE);
        }
        for (Narrator narrator : narrators) {
            try {
                String sentence = narrator.sentence(event, locale);
                if (sentence != null && !sentence.isBlank()) {
                    return new NarrationLine(event.timeNanos(), sentence, NarrationLine.Kind.EVENT);
                }
            } catch (RuntimeException e) {
                // One failing narrator must not blank the panel; the event simply goes unnarrated.
            }
        }
        return null;
    }
}

package dev.podium.ui.common;

import java.util.function.LongConsumer;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * A timeline scrubber over a whole run: the track spans {@code [0, duration]}, a lighter bar shows
 * how far the run has been computed, a stronger bar and a thumb show the playhead, thin ticks show chapters
 * ({@link #getMarks()}) with their text in a tooltip. Pressing or
 * dragging asks to seek through {@link #onSeekProperty()}; the owner decides and sets
 * {@link #valueProperty()} back. Times are simulated nanoseconds. Not focus-traversable, so it never
 * swallows the shell's keys.
 */
public class Scrubber extends Control {
    private final LongProperty duration = new SimpleLongProperty(this, "duration", 1);
    private final LongProperty computed = new SimpleLongProperty(this, "computed", 0);
    private final LongProperty value = new SimpleLongProperty(this, "value", 0);
    private final ReadOnlyBooleanWrapper dragging = new ReadOnlyBooleanWrapper(this, "dragging", false);
    private final ObjectProperty<LongConsumer> onSeek = new SimpleObjectProperty<>(this, "onSeek");
    private final ObservableList<Mark> marks = FXCollections.observableArrayList();

    /** A chapter tick: a time on the run and the text shown when the pointer rests on it. */
    public record Mark(long timeNanos, String text) {
    }

    public Scrubber() {
        getStyleClass().add(PodiumStyles.SCRUBBER);
        setFocusTraversable(true); // reached by Tab; Left/Right then step, as everywhere in the window
    }

    // ---- properties ----

    /** Length of the run, in simulated nanoseconds (at least 1). */
    public LongProperty durationProperty() {
        return duration;
    }

    /** How far the run has been computed. */
    public LongProperty computedProperty() {
        return computed;
    }

    /** The playhead. */
    public LongProperty valueProperty() {
        return value;
    }

    /** Chapter ticks drawn on the track (a lesson's cues), with their text on hover. */
    public ObservableList<Mark> getMarks() {
        return marks;
    }

    /** True while the user drags the thumb. */
    public ReadOnlyBooleanProperty draggingProperty() {
        return dragging.getReadOnlyProperty();
    }

    /** Called with the time the user points at. */
    public ObjectProperty<LongConsumer> onSeekProperty() {
        return onSeek;
    }

    public void setOnSeek(LongConsumer handler) {
        onSeek.set(handler);
    }

    public long getDuration() {
        return duration.get();
    }

    public void setDuration(long nanos) {
        duration.set(Math.max(1, nanos));
    }

    public long getComputed() {
        return computed.get();
    }

    public void setComputed(long nanos) {
        computed.set(nanos);
    }

    public long getValue() {
        return value.get();
    }

    public void setValue(long nanos) {
        value.set(nanos);
    }

    // ---- commands ----

    /** Asks to seek to {@code tNanos}, clamped to the run. */
    public void requestSeek(long tNanos) {
        long t = Math.max(0, Math.min(duration.get(), tNanos));
        LongConsumer handler = onSeek.get();
        if (handler != null) {
            handler.accept(t);
        } else {
            value.set(t);
        }
    }

    /** The time under a fraction (0..1) of the track's width. */
    public long timeAtFraction(double fraction) {
        double f = Math.max(0, Math.min(1, fraction));
        return Math.round(f * Math.max(1, duration.get()));
    }

    void setDragging(boolean value) {
        dragging.set(value);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new ScrubberSkin(this);
    }
}

package dev.podium.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * The default skin of {@link Scrubber}: three bars (track, computed, played) and a round thumb, laid
 * out from the control's properties; mouse press and drag ask the control to seek.
 */
public class ScrubberSkin extends SkinBase<Scrubber> {
    private static final double TRACK_HEIGHT_RATIO = 0.45;
    private final Region track = region(PodiumStyles.SCRUBBER_TRACK);
    private final Region computed = region(PodiumStyles.SCRUBBER_COMPUTED);
    private final Region played = region(PodiumStyles.SCRUBBER_PLAYED);
    private final Region thumb = region(PodiumStyles.SCRUBBER_THUMB);
    private final List<Region> marks = new ArrayList<>();

    public ScrubberSkin(Scrubber control) {
        super(control);
        getChildren().addAll(track, computed, played, thumb);
        control.getMarks().addListener((ListChangeListener<Scrubber.Mark>) change -> rebuildMarks());
        rebuildMarks();
        registerChangeListener(control.durationProperty(), o -> control.requestLayout());
        registerChangeListener(control.computedProperty(), o -> control.requestLayout());
        registerChangeListener(control.valueProperty(), o -> control.requestLayout());
        control.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pointed);
        control.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::pointed);
        control.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> control.setDragging(false));
    }

    private static Region region(String styleClass) {
        Region r = new Region();
        r.getStyleClass().add(styleClass);
        r.setManaged(false);
        r.setMouseTransparent(true);
        return r;
    }

    /** One tick per mark, under the thumb; a tick takes hover (for its tooltip), a press still seeks. */
    private void rebuildMarks() {
        getChildren().removeAll(marks);
        marks.clear();
        for (Scrubber.Mark mark : getSkinnable().getMarks()) {
            Region tick = new Region();
            tick.getStyleClass().add(PodiumStyles.SCRUBBER_MARK);
            tick.setManaged(false);
            Tooltip tip = new Tooltip(mark.text());
            tip.setShowDelay(Duration.millis(150));
            tip.setWrapText(true);
            tip.setMaxWidth(480);
            Tooltip.install(tick, tip);
            tick.setUserData(mark);
            marks.add(tick);
        }
        getChildren().addAll(getChildren().indexOf(thumb), marks);
        getSkinnable().requestLayout();
    }

    /** The tick regions, in mark order (for tests). */
    List<Region> markRegions() {
        return List.copyOf(marks);
    }

    private void pointed(MouseEvent event) {
        Scrubber control = getSkinnable();
        control.setDragging(true);
        double inset = thumbSize() / 2;
        double width = control.getWidth() - control.snappedLeftInset() - control.snappedRightInset() - 2 * inset;
        double x = event.getX() - control.snappedLeftInset() - inset;
        control.requestSeek(control.timeAtFraction(width <= 0 ? 0 : x / width));
        event.consume();
    }

    private double thumbSize() {
        return Math.max(12, thumb.prefHeight(-1));
    }

    private double fraction(long t) {
        long d = Math.max(1, getSkinnable().getDuration());
        return Math.max(0, Math.min(1, t / (double) d));
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        Scrubber c = getSkinnable();
        double size = thumbSize();
        double inset = size / 2;
        double trackWidth = Math.max(0, w - 2 * inset);
        double trackHeight = Math.max(4, size * TRACK_HEIGHT_RATIO);
        double trackY = y + (h - trackHeight) / 2;
        track.resizeRelocate(x + inset, trackY, trackWidth, trackHeight);
        computed.resizeRelocate(x + inset, trackY, trackWidth * fraction(c.getComputed()), trackHeight);
        double playedWidth = trackWidth * fraction(c.getValue());
        played.resizeRelocate(x + inset, trackY, playedWidth, trackHeight);
        thumb.resizeRelocate(x + inset + playedWidth - size / 2, y + (h - size) / 2, size, size);
        double tickWidth = Math.max(8, size * 0.45); // a 2 px edge each side, and the cue colour between
        for (Region tick : marks) {
            long t = ((Scrubber.Mark) tick.getUserData()).timeNanos();
            tick.resizeRelocate(x + inset + trackWidth * fraction(t) - tickWidth / 2, y, tickWidth, h);
        }
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 400 + left + right;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return thumbSize() * 1.5 + top + bottom;
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return 80 + left + right;
    }
}

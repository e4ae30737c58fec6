package dev.podium.ui.common;

import javafx.scene.control.SkinBase;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

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

    public ScrubberSkin(Scrubber control) {
        super(control);
        getChildren().addAll(track, computed, played, thumb);
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

package dev.podium.ui.kube;

import dev.podium.ui.common.GlyphPen;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

/**
 * A pod's state as a small shape, so it reads without colour. The colour classes of {@link PodStatus} carry a cue in
 * the chip itself (hollow when pending, a spinner while creating, a check when completed, a cross when failed); the
 * states this enum adds a badge for are the ones whose colour class is shared or whose chip has no mark of its own:
 * running (a play triangle), terminating (a stop square), crash-looping (a looping arrow), an image that will not pull
 * (a download arrow struck through), evicted (an arrow out of a box) and preempted (a double chevron: pushed out by a
 * higher priority). Drawn in the legend and, on chips large enough, as a badge on the chip's top left corner. FX thread
 * only.
 */
enum PodGlyph {
    PENDING(PodStatus.PENDING, "pending"),
    CREATING(PodStatus.CREATING, "creating"),
    RUNNING(PodStatus.RUNNING, "running"),
    TERMINATING(PodStatus.TERMINATING, "terminating"),
    CRASHLOOP(PodStatus.CRASHLOOP, "crashloop"),
    IMAGE_PULL(PodStatus.CRASHLOOP, "imagePull"),
    FAILED(PodStatus.FAILED, "failed"),
    EVICTED(PodStatus.FAILED, "evicted"),
    PREEMPTED(PodStatus.TERMINATING, "preempted"),
    SUCCEEDED(PodStatus.SUCCEEDED, "succeeded");

    /** All values, cached (values() clones its array on every call). */
    static final PodGlyph[] ALL = values();

    /** The colour class the glyph's pods are drawn in. */
    final PodStatus status;
    /** The message key of its legend name ({@code status.<key>}). */
    final String key;

    PodGlyph(PodStatus status, String key) {
        this.status = status;
        this.key = key;
    }

    /** The glyph of a kubectl STATUS string ("Running", "ImagePullBackOff", "Evicted", ...). */
    static PodGlyph of(String status) {
        if (status == null) {
            return PENDING;
        }
        switch (status) {
            case "ErrImagePull":
            case "ImagePullBackOff":
            case "InvalidImageName":
                return IMAGE_PULL;
            case "Evicted":
                return EVICTED;
            case "Preempted":
                return PREEMPTED;
            default:
                return ofStatus(PodStatus.of(status));
        }
    }

    /** The glyph of a pod that got a deletionTimestamp for {@code reason} (Deleted, ScaledDown, Evicted, Preempted). */
    static PodGlyph terminating(String reason) {
        if ("Preempted".equals(reason)) {
            return PREEMPTED;
        }
        return "Evicted".equals(reason) ? EVICTED : TERMINATING;
    }

    private static PodGlyph ofStatus(PodStatus s) {
        return switch (s) {
            case PENDING -> PENDING;
            case CREATING -> CREATING;
            case RUNNING -> RUNNING;
            case TERMINATING -> TERMINATING;
            case CRASHLOOP -> CRASHLOOP;
            case FAILED -> FAILED;
            case SUCCEEDED -> SUCCEEDED;
        };
    }

    /** Whether this is its colour class's own glyph (the legend counts those; the others refine a class). */
    boolean primary() {
        return name().equals(status.name());
    }

    /** Whether a chip carries this glyph as a badge (the others are marked by the chip's own shape). */
    boolean badged() {
        return this == RUNNING || this == TERMINATING || this == CRASHLOOP || this == IMAGE_PULL || this == EVICTED
                || this == PREEMPTED;
    }

    /** The badge on the top left corner of a chip at (x, y), {@code size} square: a ringed disc with the shape in it. */
    void badge(GraphicsContext g, double x, double y, double size, Color disc, Color ink) {
        double r = Math.max(6, Math.min(11, size * 0.22));
        double cx = x + r * 0.7;
        double cy = y + r * 0.7;
        GlyphPen.disc(g, cx, cy, r, disc, ink);
        draw(g, cx, cy, r * 0.62, ink);
    }

    /** The shape alone, centred at (cx, cy), fitting a circle of radius {@code r}, in {@code ink}. */
    void draw(GraphicsContext g, double cx, double cy, double r, Color ink) {
        GlyphPen.ink(g, ink, Math.max(1.3, r * 0.3));
        g.setLineDashes();
        switch (this) {
            case PENDING -> { // an hourglass
                g.strokePolygon(new double[] {cx - r * 0.7, cx + r * 0.7, cx - r * 0.7, cx + r * 0.7},
                        new double[] {cy - r, cy - r, cy + r, cy + r}, 4);
            }
            case CREATING -> g.strokeArc(cx - r, cy - r, 2 * r, 2 * r, 30, 270, ArcType.OPEN);
            case RUNNING -> g.fillPolygon(new double[] {cx - r * 0.6, cx + r, cx - r * 0.6},
                    new double[] {cy - r, cy, cy + r}, 3);
            case TERMINATING -> g.fillRect(cx - r * 0.75, cy - r * 0.75, r * 1.5, r * 1.5);
            case CRASHLOOP -> { // a looping arrow: an open circle with a head
                g.strokeArc(cx - r * 0.85, cy - r * 0.85, r * 1.7, r * 1.7, 90, 280, ArcType.OPEN);
                g.fillPolygon(new double[] {cx + r * 0.1, cx + r * 0.75, cx + r * 0.1},
                        new double[] {cy - r * 1.25, cy - r * 0.85, cy - r * 0.45}, 3);
            }
            case IMAGE_PULL -> { // a download arrow, struck through
                g.strokeLine(cx, cy - r, cx, cy + r * 0.4);
                g.strokePolyline(new double[] {cx - r * 0.5, cx, cx + r * 0.5},
                        new double[] {cy - r * 0.1, cy + r * 0.4, cy - r * 0.1}, 3);
                g.strokeLine(cx - r * 0.8, cy + r, cx + r * 0.8, cy + r);
                g.strokeLine(cx - r, cy + r * 0.6, cx + r, cy - r * 0.6);
            }
            case FAILED -> {
                g.strokeLine(cx - r * 0.8, cy - r * 0.8, cx + r * 0.8, cy + r * 0.8);
                g.strokeLine(cx + r * 0.8, cy - r * 0.8, cx - r * 0.8, cy + r * 0.8);
            }
            case EVICTED -> { // an arrow leaving a box
                g.strokePolyline(new double[] {cx - r * 0.1, cx - r, cx - r, cx - r * 0.1},
                        new double[] {cy - r, cy - r, cy + r, cy + r}, 4);
                g.strokeLine(cx - r * 0.4, cy, cx + r, cy);
                g.strokePolyline(new double[] {cx + r * 0.45, cx + r, cx + r * 0.45},
                        new double[] {cy - r * 0.55, cy, cy + r * 0.55}, 3);
            }
            case PREEMPTED -> { // a double chevron up: a higher priority took the place
                g.strokePolyline(new double[] {cx - r * 0.85, cx, cx + r * 0.85},
                        new double[] {cy - r * 0.05, cy - r * 0.85, cy - r * 0.05}, 3);
                g.strokePolyline(new double[] {cx - r * 0.85, cx, cx + r * 0.85},
                        new double[] {cy + r * 0.85, cy + r * 0.05, cy + r * 0.85}, 3);
            }
            case SUCCEEDED -> g.strokePolyline(new double[] {cx - r * 0.8, cx - r * 0.2, cx + r * 0.85},
                    new double[] {cy + r * 0.05, cy + r * 0.7, cy - r * 0.7}, 3);
        }
        g.setLineCap(StrokeLineCap.SQUARE);
        g.setLineJoin(StrokeLineJoin.MITER);
    }
}

package dev.podium.ui.shell;

import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * Zoom and pan on the stage, so a class can look at one node or one channel: the wheel zooms around the cursor
 * (from 1× to {@value #MAX_SCALE}×), a drag with the primary button pans, {@link #reset()} (key 0) goes back. The
 * content is transformed, not re-laid out, so a view's clicks still land where they point ({@code sceneToLocal}
 * goes through the transforms); a drag is not a click ({@link #dragged()}). The stage clips what moves out.
 */
final class StageZoom {
    static final double MAX_SCALE = 8;
    /** Wheel pixels for one zoom step of {@value #STEP}×. */
    private static final double WHEEL_PIXELS = 40;
    private static final double STEP = 1.15;
    /** A press that moves less than this is still a click. */
    private static final double CLICK_SLOP = 4;

    private final Translate translate = new Translate();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private double pressX;
    private double pressY;
    private double startX;
    private double startY;
    private boolean dragged;

    StageZoom(Region stage, Node content) {
        content.getTransforms().setAll(translate, scale);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(stage.widthProperty());
        clip.heightProperty().bind(stage.heightProperty());
        stage.setClip(clip);
        stage.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0) {
                zoomAt(e.getX(), e.getY(), Math.pow(STEP, e.getDeltaY() / WHEEL_PIXELS));
                e.consume();
            }
        });
        stage.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            pressX = e.getX();
            pressY = e.getY();
            startX = translate.getX();
            startY = translate.getY();
            dragged = false;
        });
        stage.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            double dx = e.getX() - pressX;
            double dy = e.getY() - pressY;
            if (dragged || Math.hypot(dx, dy) >= CLICK_SLOP) {
                dragged = true;
                translate.setX(startX + dx);
                translate.setY(startY + dy);
            }
        });
    }

    /** Multiplies the zoom by {@code factor}, keeping the content under {@code (x, y)} (stage coordinates) put. */
    void zoomAt(double x, double y, double factor) {
        double old = scale.getX();
        double next = Math.max(1, Math.min(MAX_SCALE, old * factor));
        double contentX = (x - translate.getX()) / old;
        double contentY = (y - translate.getY()) / old;
        scale.setX(next);
        scale.setY(next);
        translate.setX(x - contentX * next);
        translate.setY(y - contentY * next);
    }

    /** Back to 1×, unpanned. */
    void reset() {
        scale.setX(1);
        scale.setY(1);
        translate.setX(0);
        translate.setY(0);
    }

    double scale() {
        return scale.getX();
    }

    double panX() {
        return translate.getX();
    }

    double panY() {
        return translate.getY();
    }

    /** True if the last press moved far enough to be a pan rather than a click. */
    boolean dragged() {
        return dragged;
    }
}

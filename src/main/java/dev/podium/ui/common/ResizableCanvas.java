package dev.podium.ui.common;

import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Pane;

/**
 * A pane whose canvas always fills it, calling back after a size change so the owner can redraw
 * (the canvas is cleared by a resize). FX thread only.
 */
public class ResizableCanvas extends Pane {
    private final Canvas canvas = new Canvas();
    private Runnable onResize = () -> { };

    public ResizableCanvas() {
        getChildren().add(canvas);
        setMinSize(0, 0);
    }

    public Canvas canvas() {
        return canvas;
    }

    public void setOnResize(Runnable onResize) {
        this.onResize = onResize;
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (w != canvas.getWidth() || h != canvas.getHeight()) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            onResize.run();
        }
    }
}

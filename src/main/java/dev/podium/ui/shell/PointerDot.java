package dev.podium.ui.shell;

import dev.podium.ui.common.PodiumStyles;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Cursor;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;

/**
 * The presenter's pointer: while {@code on}, the cursor over the stage becomes a large bright dot with a halo,
 * which a projector shows where a small arrow gets lost. A layer over the stage that never takes the mouse; it
 * follows the mouse moving over {@code stage}.
 */
final class PointerDot extends Pane {
    static final double RADIUS = 16;
    private final Circle dot = new Circle(RADIUS);

    PointerDot(StackPane stage, ObservableBooleanValue on) {
        setId("pointer");
        setMouseTransparent(true);
        setPickOnBounds(false);
        dot.setId("pointer-dot");
        dot.getStyleClass().add(PodiumStyles.POINTER);
        dot.setManaged(false);
        getChildren().add(dot);
        visibleProperty().bind(on);
        stage.addEventFilter(MouseEvent.MOUSE_MOVED, e -> moveTo(e.getX(), e.getY()));
        stage.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> moveTo(e.getX(), e.getY()));
        on.addListener((obs, was, now) -> stage.setCursor(now ? Cursor.NONE : Cursor.DEFAULT));
    }

    /** Puts the dot at {@code (x, y)} in the stage's coordinates. */
    void moveTo(double x, double y) {
        dot.setCenterX(x);
        dot.setCenterY(y);
    }

    Circle dot() {
        return dot;
    }
}

package dev.podium.ui.shell;

import dev.podium.ui.common.I18n;
import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * View > Audience window: a second window for a projector or second screen that mirrors the stage while the
 * teacher keeps the controls, the narration and the next cue on the laptop. It shows snapshots of the stage node,
 * not a second set of views: the class sees exactly what the teacher sees (zoom, captions, question, pointer), with
 * no second fold of the timeline, at the cost of one snapshot every {@value #INTERVAL_NANOS} ns of wall time while
 * it is open. FX thread only.
 */
final class AudienceWindow {
    static final long INTERVAL_NANOS = 50_000_000L;
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown");
    private final Node source;
    private final ImageView view = new ImageView();
    private final Stage stage = new Stage();
    private WritableImage image;
    private long lastNanos = -1;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (lastNanos < 0 || now - lastNanos >= INTERVAL_NANOS) {
                lastNanos = now;
                mirror();
            }
        }
    };

    AudienceWindow(Window owner, Node source, I18n i18n) {
        this.source = source;
        StackPane pane = new StackPane(view);
        pane.setId("audience");
        pane.setStyle("-fx-background-color: black;");
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.fitWidthProperty().bind(pane.widthProperty());
        view.fitHeightProperty().bind(pane.heightProperty());
        stage.setScene(new Scene(pane, 1280, 720));
        stage.initOwner(owner);
        stage.titleProperty().bind(i18n.text("audience.title"));
        stage.setOnHidden(e -> shown.set(false));
        shown.addListener((obs, was, now) -> apply(now));
    }

    /** Open (true) or closed. */
    BooleanProperty shownProperty() {
        return shown;
    }

    /** Copies the stage into the audience window now. */
    void mirror() {
        if (source.getScene() == null) {
            return;
        }
        int w = (int) Math.ceil(source.getLayoutBounds().getWidth());
        int h = (int) Math.ceil(source.getLayoutBounds().getHeight());
        if (w <= 0 || h <= 0) {
            return;
        }
        if (image == null || (int) image.getWidth() != w || (int) image.getHeight() != h) {
            image = new WritableImage(w, h);
        }
        view.setImage(source.snapshot(null, image));
    }

    ImageView view() {
        return view;
    }

    private void apply(boolean on) {
        if (on) {
            stage.show();
            mirror();
            timer.start();
        } else {
            timer.stop();
            lastNanos = -1;
            stage.hide();
        }
    }
}

package dev.podium.ui.shell;

import dev.podium.ui.common.PodiumStyles;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Parent;
import javafx.stage.Stage;

/**
 * Presenter mode for a projector: full screen and larger type (the {@link PodiumStyles#PRESENTER}
 * root class scales the font about 1.5×; everything sized in em follows). Leaving full screen with
 * Esc leaves presenter mode too. FX thread only.
 */
public final class PresenterMode {
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active", false);
    private final Stage stage;
    private final Parent root;

    public PresenterMode(Stage stage, Parent root) {
        this.stage = stage;
        this.root = root;
        stage.setFullScreenExitHint("");
        active.addListener((obs, was, now) -> apply(now));
        stage.fullScreenProperty().addListener((obs, was, now) -> {
            if (!now) {
                active.set(false);
            }
        });
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    public boolean isActive() {
        return active.get();
    }

    public void toggle() {
        active.set(!active.get());
    }

    private void apply(boolean on) {
        root.getStyleClass().remove(PodiumStyles.PRESENTER);
        if (on) {
            root.getStyleClass().add(PodiumStyles.PRESENTER);
        }
        if (stage.isFullScreen() != on) {
            stage.setFullScreen(on);
        }
    }
}

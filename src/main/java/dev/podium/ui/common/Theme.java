package dev.podium.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;

/**
 * The colour theme: AtlantaFX Primer Light or Dark as the user-agent sheet, plus our token sheet
 * whose dark overrides apply under the {@link PodiumStyles#THEME_DARK} root class. Switching needs no
 * restart; canvases re-resolve their tokens on the next render. FX thread only.
 */
public final class Theme {
    /** The themes on offer. */
    public enum Kind { LIGHT, DARK }

    /** Token sheet: semantic colours, light values on .root and dark overrides. */
    public static final String TOKENS_CSS = "/dev/podium/ui/tokens.css";
    /** The shell's own sheet; it only uses tokens. */
    public static final String SHELL_CSS = "/dev/podium/ui/shell.css";

    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(this, "kind", Kind.LIGHT);
    private Scene scene;

    public Theme() {
        kind.addListener((obs, old, now) -> apply());
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    public Kind kind() {
        return kind.get();
    }

    public void setKind(Kind value) {
        kind.set(Objects.requireNonNull(value));
    }

    public void toggle() {
        kind.set(kind.get() == Kind.LIGHT ? Kind.DARK : Kind.LIGHT);
    }

    /** Adds the sheets to {@code target} and applies the current theme to it. */
    public void attach(Scene target) {
        this.scene = target;
        target.getStylesheets().addAll(
                Objects.requireNonNull(Theme.class.getResource(TOKENS_CSS)).toExternalForm(),
                Objects.requireNonNull(Theme.class.getResource(SHELL_CSS)).toExternalForm());
        target.rootProperty().addListener((obs, old, now) -> apply());
        apply();
    }

    /** Gives a dialog the same sheets and theme as the window (a dialog has a scene of its own). */
    public void decorate(DialogPane pane) {
        pane.getStylesheets().addAll(
                Objects.requireNonNull(Theme.class.getResource(TOKENS_CSS)).toExternalForm(),
                Objects.requireNonNull(Theme.class.getResource(SHELL_CSS)).toExternalForm());
        if (kind.get() == Kind.DARK) {
            pane.getStyleClass().add(PodiumStyles.THEME_DARK);
        }
        if (scene != null && scene.getRoot() != null
                && scene.getRoot().getStyleClass().contains(PodiumStyles.PRESENTER)) {
            pane.getStyleClass().add(PodiumStyles.PRESENTER);
        }
    }

    private void apply() {
        boolean dark = kind.get() == Kind.DARK;
        Application.setUserAgentStylesheet(dark
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        if (scene != null && scene.getRoot() != null) {
            Parent root = scene.getRoot();
            root.getStyleClass().remove(PodiumStyles.THEME_DARK);
            if (dark) {
                root.getStyleClass().add(PodiumStyles.THEME_DARK);
            }
        }
    }
}

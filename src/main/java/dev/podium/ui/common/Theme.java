package dev.podium.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;

/**
 * The colour theme: AtlantaFX Primer Light or Dark as the user-agent sheet, plus our token sheet
 * whose dark overrides apply under the {@link PodiumStyles#THEME_DARK} root class and whose high-contrast
 * overrides (black on white, thick borders, no pastel fills) under {@link PodiumStyles#THEME_CONTRAST} on Primer
 * Light. Switching needs no restart; canvases re-resolve their tokens on the next render. The choice is kept in
 * {@link Preferences} when a node is given. FX thread only.
 */
public final class Theme {
    /** The themes on offer. */
    public enum Kind { LIGHT, DARK, HIGH_CONTRAST }

    private static final String PREF_KEY = "theme";

    /** Token sheet: semantic colours, light values on .root and dark overrides. */
    public static final String TOKENS_CSS = "/dev/podium/ui/tokens.css";
    /** The shell's own sheet; it only uses tokens. */
    public static final String SHELL_CSS = "/dev/podium/ui/shell.css";

    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(this, "kind", Kind.LIGHT);
    private Scene scene;

    public Theme() {
        kind.addListener((obs, old, now) -> apply());
    }

    /** Switches to the kind saved in {@code prefs}, if any, and saves every later change there. */
    public void remember(Preferences prefs) {
        String saved = prefs.get(PREF_KEY, Kind.LIGHT.name());
        for (Kind k : Kind.values()) {
            if (k.name().equals(saved)) {
                kind.set(k);
            }
        }
        kind.addListener((obs, old, now) -> prefs.put(PREF_KEY, now.name()));
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

    /** The next theme in turn: light, dark, high contrast, light. */
    public void toggle() {
        Kind[] all = Kind.values();
        kind.set(all[(kind.get().ordinal() + 1) % all.length]);
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
        String rootClass = rootClass(kind.get());
        if (rootClass != null) {
            pane.getStyleClass().add(rootClass);
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
            root.getStyleClass().removeAll(PodiumStyles.THEME_DARK, PodiumStyles.THEME_CONTRAST);
            String rootClass = rootClass(kind.get());
            if (rootClass != null) {
                root.getStyleClass().add(rootClass);
            }
        }
    }

    /** The root style class of {@code k}, or null for the light theme (the tokens' defaults). */
    public static String rootClass(Kind k) {
        return switch (k) {
            case LIGHT -> null;
            case DARK -> PodiumStyles.THEME_DARK;
            case HIGH_CONTRAST -> PodiumStyles.THEME_CONTRAST;
        };
    }
}

package dev.podium.ui.shell;

import atlantafx.base.theme.Styles;
import dev.podium.ui.common.I18n;
import dev.podium.ui.common.PodiumStyles;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/**
 * The bar under the menus: the scenario's title, and toggles for the gallery, the language, the
 * theme and presenter mode.
 */
final class HeaderBar extends HBox {
    HeaderBar(MainWindow window, ObservableValue<String> scenarioTitle) {
        I18n i18n = window.i18n();
        getStyleClass().add("header-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);

        ToggleButton gallery = new ToggleButton(null, new FontIcon(MaterialDesignV.VIEW_LIST));
        gallery.setId("gallery-toggle");
        gallery.selectedProperty().bindBidirectional(window.galleryShownProperty());
        tooltip(gallery, i18n, "tooltip.gallery");

        Label title = new Label();
        title.setId("scenario-title");
        title.getStyleClass().add(PodiumStyles.SCENARIO_TITLE);
        title.textProperty().bind(scenarioTitle);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Button language = new Button(null, new FontIcon(MaterialDesignT.TRANSLATE));
        language.setId("language-toggle");
        language.textProperty().bind(i18n.text("language.other"));
        language.setOnAction(e -> i18n.toggle());
        tooltip(language, i18n, "tooltip.language");

        Button theme = new Button(null, new FontIcon(MaterialDesignT.THEME_LIGHT_DARK));
        theme.setId("theme-toggle");
        theme.getStyleClass().add(Styles.BUTTON_ICON);
        theme.setOnAction(e -> window.theme().toggle());
        tooltip(theme, i18n, "tooltip.theme");

        ToggleButton presenter = new ToggleButton(null, new FontIcon(MaterialDesignP.PRESENTATION_PLAY));
        presenter.setId("presenter-toggle");
        presenter.selectedProperty().bindBidirectional(window.presenterActiveProperty());
        tooltip(presenter, i18n, "tooltip.presenter");

        getChildren().addAll(gallery, title, spacer, language, theme, presenter);
    }

    private static void tooltip(Control control, I18n i18n, String key) {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.text(key));
        control.setTooltip(tip);
    }
}

package dev.podium.ui.shell;

import dev.podium.scenario.Scenario;
import dev.podium.scenario.ScenarioException;
import dev.podium.scenario.ScenarioLoader;
import dev.podium.scenario.World;
import dev.podium.ui.common.I18n;
import dev.podium.ui.common.Theme;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * File > New Lesson…, first step: which world the lesson is for. Each world is offered by its template's own title
 * and description (the template is bilingual, so the choice reads in the window's language without the shell naming
 * any world). The first is chosen; arrow keys move, Enter confirms. FX thread only.
 */
final class NewLessonDialog extends Dialog<World> {
    private final ToggleGroup choice = new ToggleGroup();

    NewLessonDialog(Window owner, I18n i18n, Theme theme, List<World> worlds) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(i18n.get("newLesson.title"));
        setHeaderText(i18n.get("newLesson.header"));
        VBox options = new VBox(10);
        options.setId("new-lesson-worlds");
        String language = i18n.languageTag();
        for (World world : worlds) {
            RadioButton button = new RadioButton(label(world, language, true));
            button.setId("new-lesson-" + world.name());
            button.setUserData(world);
            button.setToggleGroup(choice);
            Label about = new Label(label(world, language, false));
            about.getStyleClass().add("new-lesson-about");
            about.setWrapText(true);
            about.setMaxWidth(520);
            about.setMinHeight(Region.USE_PREF_SIZE);
            options.getChildren().add(new VBox(2, button, about));
        }
        if (!choice.getToggles().isEmpty()) {
            choice.selectToggle(choice.getToggles().get(0));
        }
        getDialogPane().setContent(options);
        ButtonType next = new ButtonType(i18n.get("newLesson.choose"), ButtonType.OK.getButtonData());
        getDialogPane().getButtonTypes().addAll(next, ButtonType.CANCEL);
        setResultConverter(button -> button == next && choice.getSelectedToggle() != null
                ? (World) choice.getSelectedToggle().getUserData() : null);
        theme.decorate(getDialogPane());
    }

    /** The world chosen now (before the dialog closes). */
    Optional<World> chosen() {
        return Optional.ofNullable(choice.getSelectedToggle()).map(t -> (World) t.getUserData());
    }

    /** Selects {@code world}'s option. */
    void choose(String world) {
        choice.getToggles().stream().filter(t -> ((World) t.getUserData()).name().equals(world)).findFirst()
                .ifPresent(choice::selectToggle);
    }

    /** The template's title (or description) in {@code language}; the world's name if the template has no title. */
    private static String label(World world, String language, boolean title) {
        try {
            Scenario template = ScenarioLoader.parse(world.name(), world.lessonTemplate().orElse(""));
            String text = (title ? template.title() : template.description()).get(language);
            return text.isEmpty() && title ? world.displayName() : text;
        } catch (ScenarioException e) {
            return title ? world.displayName() : "";
        }
    }
}

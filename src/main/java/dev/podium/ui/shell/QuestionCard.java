package dev.podium.ui.shell;

import dev.podium.timeline.Asked;
import dev.podium.ui.common.I18n;
import dev.podium.ui.common.PodiumStyles;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The question on show over the centre of the stage: the question, its numbered options, and a hint of the keys.
 * A picked option is {@code :picked}; after the reveal the right one is {@code :right} (with a tick, so it is not
 * told by colour alone) and a wrong pick {@code :wrong} (with a cross). Follows {@link QuestionModel} and the
 * language.
 */
final class QuestionCard extends VBox {
    private final QuestionModel model;
    private final I18n i18n;
    private final Label question = new Label();
    private final Label hint = new Label();
    private final VBox optionsBox = new VBox(10);
    private final List<Label> options = new ArrayList<>();

    QuestionCard(QuestionModel model, I18n i18n) {
        super(18);
        this.model = model;
        this.i18n = i18n;
        setId("question");
        getStyleClass().add(PodiumStyles.QUESTION);
        question.setId("question-text");
        question.getStyleClass().add(PodiumStyles.QUESTION_TEXT);
        question.setWrapText(true);
        question.setMinHeight(USE_PREF_SIZE);
        hint.setMinHeight(USE_PREF_SIZE);
        hint.setId("question-hint");
        hint.getStyleClass().add(PodiumStyles.QUESTION_HINT);
        hint.setWrapText(true);
        getChildren().addAll(question, optionsBox, hint);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        StackPane.setAlignment(this, Pos.CENTER);
        visibleProperty().bind(model.currentProperty().isNotNull());
        model.currentProperty().addListener((obs, old, now) -> update());
        model.pickedProperty().addListener((obs, old, now) -> update());
        model.revealedProperty().addListener((obs, old, now) -> update());
        i18n.localeProperty().addListener((obs, old, now) -> update());
    }

    /** Wraps at most at {@code fraction} of {@code stage}'s width. */
    void fitTo(StackPane stage, double fraction) {
        prefWidthProperty().bind(stage.widthProperty().multiply(fraction));
    }

    private void update() {
        Asked asked = model.current();
        if (asked == null) {
            return;
        }
        String tag = i18n.languageTag();
        question.setText(asked.questionIn(tag));
        while (options.size() < asked.options().size()) {
            Label option = new Label();
            option.setId("question-option-" + (options.size() + 1));
            option.getStyleClass().add(PodiumStyles.QUESTION_OPTION);
            option.setWrapText(true);
            option.setMinHeight(USE_PREF_SIZE);
            option.setMaxWidth(Double.MAX_VALUE);
            options.add(option);
        }
        optionsBox.getChildren().setAll(options.subList(0, asked.options().size()));
        boolean revealed = model.isRevealed();
        int picked = model.pickedProperty().get();
        for (int i = 0; i < asked.options().size(); i++) {
            Label option = options.get(i);
            boolean right = revealed && i == asked.answer();
            boolean wrong = revealed && i == picked && i != asked.answer();
            String mark = right ? "  ✓" : wrong ? "  ✗" : "";
            option.setText((i + 1) + ".  " + asked.optionIn(i, tag) + mark);
            option.pseudoClassStateChanged(PodiumStyles.PICKED, i == picked);
            option.pseudoClassStateChanged(PodiumStyles.RIGHT, right);
            option.pseudoClassStateChanged(PodiumStyles.WRONG, wrong);
        }
        hint.setText(i18n.get(revealed ? "question.hint.revealed" : "question.hint.ask",
                asked.options().size()));
    }
}

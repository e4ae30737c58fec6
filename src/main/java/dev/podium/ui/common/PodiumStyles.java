package dev.podium.ui.common;

import javafx.css.PseudoClass;

/**
 * Style-class names and pseudo-classes of the shell, as constants (after AtlantaFX's {@code Styles}).
 * The sheets are {@code tokens.css} (colour tokens) and {@code shell.css}.
 */
public final class PodiumStyles {
    /** On the scene root in the dark theme; tokens.css overrides the tokens under it. */
    public static final String THEME_DARK = "theme-dark";
    /** On the scene root in the high-contrast theme (on Primer Light); tokens.css overrides the tokens under it. */
    public static final String THEME_CONTRAST = "theme-contrast";
    /** On the scene root in presenter mode: larger type. */
    public static final String PRESENTER = "presenter";

    /** On the scene root while the UI is in Chinese (a CJK font family, see CjkFont). */
    public static final String LANG_ZH = "lang-zh";

    public static final String SHELL = "podium-shell";
    public static final String STAGE = "podium-stage";
    public static final String GALLERY = "gallery";
    public static final String GALLERY_CARD = "gallery-card";
    public static final String GALLERY_TITLE = "gallery-title";
    public static final String GALLERY_DESCRIPTION = "gallery-description";
    public static final String TRANSPORT = "transport";
    public static final String TIME_LABEL = "time-label";
    public static final String SPEED_LABEL = "speed-label";
    public static final String COMPUTING_LABEL = "computing-label";
    public static final String NARRATION = "narration";
    public static final String NARRATION_LINE = "narration-line";
    public static final String NARRATION_TIME = "narration-time";
    public static final String NARRATION_CUE_BANNER = "narration-cue-banner";
    public static final String INSPECTOR = "inspector";
    public static final String INSPECTOR_TITLE = "inspector-title";
    public static final String INSPECTOR_NAME = "inspector-name";
    public static final String INSPECTOR_VALUE = "inspector-value";
    public static final String PANEL_HEADER = "panel-header";
    public static final String SCENARIO_TITLE = "scenario-title";
    public static final String PROBLEMS = "problems";
    public static final String SCRUBBER = "scrubber";
    /** A world's stage that takes keyboard focus (Tab reaches it): a focus ring inside its edge while focused. */
    public static final String FOCUSABLE_STAGE = "focusable-stage";
    public static final String SCRUBBER_TRACK = "track";
    public static final String SCRUBBER_COMPUTED = "computed";
    public static final String SCRUBBER_PLAYED = "played";
    public static final String SCRUBBER_THUMB = "thumb";
    /** A chapter tick on the scrubber (a lesson's cue). */
    public static final String SCRUBBER_MARK = "mark";
    public static final String CAPTION = "caption";
    public static final String QUESTION = "question";
    public static final String QUESTION_TEXT = "question-text";
    public static final String QUESTION_OPTION = "question-option";
    public static final String QUESTION_HINT = "question-hint";
    public static final String BLANK = "blank";
    public static final String POINTER = "pointer";

    /** A narration line that is a scenario's cue (emphasised). */
    public static final PseudoClass CUE = PseudoClass.getPseudoClass("cue");
    /** A narration line that is the shell's own note (for example after a fork). */
    public static final PseudoClass NOTE = PseudoClass.getPseudoClass("note");
    /** The run is still being computed behind the playhead. */
    public static final PseudoClass COMPUTING = PseudoClass.getPseudoClass("computing");
    /** Playback is running. */
    public static final PseudoClass PLAYING = PseudoClass.getPseudoClass("playing");
    /** A question's option the class picked. */
    public static final PseudoClass PICKED = PseudoClass.getPseudoClass("picked");
    /** A question's right option, once revealed. */
    public static final PseudoClass RIGHT = PseudoClass.getPseudoClass("right");
    /** A picked option that was not right, once revealed. */
    public static final PseudoClass WRONG = PseudoClass.getPseudoClass("wrong");
    /** A gallery card of the scenario that is open. */
    public static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    private PodiumStyles() {
    }
}

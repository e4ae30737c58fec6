package dev.podium.ui.export;

import dev.podium.export.ExportFormat;
import dev.podium.scenario.Durations;
import dev.podium.ui.common.I18n;
import dev.podium.ui.common.PodiumStyles;
import dev.podium.ui.common.Theme;
import dev.podium.ui.playback.Playback;
import java.io.File;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.geometry.Insets;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * File > Export…: the stage as a picture at the playhead (PNG), or a range as an animation (GIF) or a video (MP4),
 * at a speed, a rate, a scale, with or without captions. OK stays disabled while a field is wrong, and what is wrong
 * shows under the fields. After OK a file chooser, then an {@link ExportJob} runs with its progress window; the
 * main window stays usable throughout. FX thread.
 */
public final class ExportDialog {
    /** What the dialog needs of the window: its owner, language, theme, playback, playhead, speed, stage size. */
    public record Context(Window owner, I18n i18n, Theme theme, Playback playback, long playheadNanos, double speed,
                          double stageWidth, double stageHeight) {
    }

    private static final long DEFAULT_CLIP_NANOS = 30_000_000_000L;

    private ExportDialog() {
    }

    /** Shows the dialog for {@code context}; returns at once if there is nothing to export. */
    public static void open(Context context) {
        if (context.playback() == null) {
            return;
        }
        I18n i18n = context.i18n();
        long end = context.playback().durationNanos();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(context.owner());
        dialog.setTitle(i18n.get("export.title"));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().setId("export-dialog");

        ChoiceBox<ExportFormat> format = new ChoiceBox<>();
        format.setId("export-format");
        format.getItems().addAll(ExportFormat.values());
        format.setConverter(new StringConverter<>() {
            @Override
            public String toString(ExportFormat f) {
                return f == null ? "" : i18n.get("export.format." + f.extension());
            }

            @Override
            public ExportFormat fromString(String s) {
                return null;
            }
        });
        format.setValue(ExportFormat.MP4);
        long playhead = Math.min(context.playheadNanos(), end);
        TextField from = field("export-from", Durations.format(playhead));
        TextField to = field("export-to", Durations.format(Math.min(end, playhead + DEFAULT_CLIP_NANOS)));
        TextField speed = field("export-speed", plain(context.speed()));
        Spinner<Integer> fps = new Spinner<>(1, 60, ExportFormat.MP4.defaultFps());
        fps.setId("export-fps");
        fps.setEditable(true);
        format.valueProperty().addListener((obs, old, now) -> fps.getValueFactory().setValue(now.defaultFps()));
        ChoiceBox<Double> scale = new ChoiceBox<>();
        scale.setId("export-scale");
        scale.getItems().addAll(1.0, 2.0);
        scale.setValue(1.0);
        scale.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double value) {
                return value == null ? "" : plain(value) + "×";
            }

            @Override
            public Double fromString(String text) {
                return null;
            }
        });
        CheckBox captions = new CheckBox();
        captions.setId("export-captions");
        captions.setSelected(true);
        captions.textProperty().bind(i18n.text("export.captions"));
        captions.setMinWidth(Region.USE_PREF_SIZE);
        int width = even(context.stageWidth(), 1280);
        int height = even(context.stageHeight(), 720);
        Label size = new Label();
        size.textProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.ROOT, "%d × %d",
                (int) Math.round(width * scale.getValue()), (int) Math.round(height * scale.getValue())),
                scale.valueProperty()));
        for (var clipOnly : new javafx.scene.Node[] {to, speed, fps}) {
            clipOnly.disableProperty().bind(format.valueProperty().isEqualTo(ExportFormat.PNG));
        }

        Label problem = new Label();
        problem.setId("export-problem");
        problem.getStyleClass().add(PodiumStyles.PROBLEMS);
        problem.setWrapText(true);
        problem.setMaxWidth(460);
        ObjectBinding<ExportChoice.Result> checked = Bindings.createObjectBinding(() -> ExportChoice.check(i18n,
                format.getValue(), from.getText(), to.getText(), speed.getText(), fps.getValue(), scale.getValue(),
                captions.isSelected(), end), format.valueProperty(), from.textProperty(), to.textProperty(),
                speed.textProperty(), fps.valueProperty(), scale.valueProperty(), captions.selectedProperty());
        problem.textProperty().bind(Bindings.createStringBinding(
                () -> checked.get().problem() == null ? "" : checked.get().problem(), checked));

        GridPane grid = new GridPane();
        grid.setPadding(new Insets(8, 4, 4, 4));
        grid.setHgap(12);
        grid.setVgap(10);
        int row = 0;
        grid.addRow(row++, label(i18n, "export.format"), format);
        grid.addRow(row++, label(i18n, "export.from"), from);
        grid.addRow(row++, label(i18n, "export.to"), to);
        grid.addRow(row++, label(i18n, "export.speed"), speed);
        grid.addRow(row++, label(i18n, "export.fps"), fps);
        grid.addRow(row++, label(i18n, "export.scale"), scale);
        grid.addRow(row++, label(i18n, "export.size"), size);
        grid.add(captions, 1, row++);
        grid.add(problem, 0, row, 2, 1);
        dialog.getDialogPane().setContent(grid);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(problem.textProperty().isNotEmpty());
        context.theme().decorate(dialog.getDialogPane());

        if (dialog.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK || checked.get().choice() == null) {
            return;
        }
        ExportChoice choice = checked.get().choice();
        File file = chooseFile(context, choice.format());
        if (file != null) {
            String captionLanguage = choice.captions() ? i18n.languageTag() : null;
            ExportJob.start(context, choice, width, height, captionLanguage, file.toPath());
        }
    }

    private static File chooseFile(Context context, ExportFormat format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(context.i18n().get("export.save.title"));
        String pattern = "*." + format.extension();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                context.i18n().get("export.format." + format.extension()), pattern));
        chooser.setInitialFileName(context.playback().label() + "." + format.extension());
        File file = chooser.showSaveDialog(context.owner());
        if (file != null && ExportFormat.ofFile(file.toPath()) != format) {
            file = new File(file.getPath() + "." + format.extension());
        }
        return file;
    }

    /** H.264 needs even sides; a stage not laid out yet exports at 1280 × 720. */
    private static int even(double side, int fallback) {
        int whole = (int) Math.floor(side);
        return whole < 16 ? fallback : whole & ~1;
    }

    private static TextField field(String id, String text) {
        TextField field = new TextField(text);
        field.setId(id);
        field.setPrefColumnCount(10);
        return field;
    }

    private static Label label(I18n i18n, String key) {
        Label label = new Label();
        label.setMinWidth(Region.USE_PREF_SIZE); // never "Speed (simulated…"
        label.textProperty().bind(i18n.text(key));
        return label;
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}

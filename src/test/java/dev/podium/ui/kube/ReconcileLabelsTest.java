package dev.podium.ui.kube;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.ui.SmallWindow;
import dev.podium.ui.shell.MainWindow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.prefs.BackingStoreException;
import java.util.stream.Collectors;
import javafx.scene.control.ButtonBase;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The reconcile view in the smallest supported window, 1280×720, beside the gallery and the narration, in English
 * and in Chinese, through the informer-internals lesson: no text is squeezed (each piece is drawn at its natural
 * width within its room), and the stage labels the issue named are drawn whole, wrapped if need be, not cut.
 */
@ExtendWith(ApplicationExtension.class)
class ReconcileLabelsTest {
    private static final long SECOND = 1_000_000_000L;
    private final SmallWindow small = new SmallWindow("labels");
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = small.open(stage);
    }

    @AfterEach
    void close() throws BackingStoreException {
        small.close();
    }

    @Test
    void noLabelIsSqueezedOrCutAt1280By720InEitherLanguage(FxRobot robot) {
        robot.interact(() -> window.openFile(Path.of("simulations/informer-internals.yaml")));
        robot.interact(() -> robot.lookup("#kube-tab-reconcile").queryAs(ButtonBase.class).fire());
        ReconcilePane pane = robot.lookup("#" + ReconcilePane.ID).queryAs(ReconcilePane.class);
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            robot.interact(() -> window.i18n().setLocale(locale));
            List<String> seen = new ArrayList<>();
            for (long t = 0; t <= 170; t += 1) {
                long at = t * SECOND;
                robot.interact(() -> window.player().frame(at));
                for (FitText.Drawn d : pane.drawnText()) {
                    assertTrue(d.width() <= d.room() + 0.5, locale + " at " + t + " s: '" + d.text() + "' is "
                            + d.width() + " px in " + d.room() + " px");
                    seen.add(d.text());
                    if (!d.text().contains("/") && !d.text().contains("#")) { // object keys may be long: cut, not squeezed
                        assertFalse(d.shortened(), locale + " at " + t + " s: '" + d.text() + "' was cut in " + d.room() + " px of a stage "
                                + pane.pipelineLayout().width + " px wide");
                    }
                }
            }
            assertNotNull(pane.pipelineLayout());
            PipelineLayout drawn = pane.pipelineLayout();
            int band = dev.podium.ui.kube.Stage.RESULT.ordinal();
            double canvasH = pane.canvasPane().getHeight();
            assertTrue(drawn.y[band] + drawn.h[band] <= canvasH + 0.5, locale + ": the results band ends at "
                    + (drawn.y[band] + drawn.h[band]) + " px on a canvas " + canvasH + " px high (cut off)");
            assertTrue(drawn.h[band] >= 120, locale + ": the results band is " + drawn.h[band] + " px high");
            assertTrue(pane.pipelineLayout().width < 1000, "the stage of a 1280 px window: " + pane.pipelineLayout().width);
            String all = String.join("\n", seen);
            String joined = seen.stream().collect(Collectors.joining(" "));
            for (String whole : locale == Locale.ENGLISH
                    ? List.of("API server", "resourceVersion", "Handlers", "DeltaFIFO", "Delayed (AddAfter, back-off)")
                    : List.of("API server", "resourceVersion", "事件处理器", "DeltaFIFO", "延迟队列（AddAfter、退避）")) {
                assertTrue(all.contains(whole), locale + ": '" + whole + "' not drawn whole in\n" + all);
            }
            String handlersOn = locale == Locale.ENGLISH ? "on add / update / delete" : "新增 / 更新 / 删除时";
            assertTrue(joined.contains(handlersOn) || joined.replace(" ", "").contains(handlersOn.replace(" ", "")),
                    locale + ": '" + handlersOn + "' not drawn (wrapped) in\n" + all);
        }
    }
}

package dev.podium.ui.shell;

import dev.podium.ui.common.I18n;
import java.util.HashMap;
import java.util.Map;

/**
 * The kube world's Actions: asks for the target (and the argument, if any), then forks the run at the
 * playhead. The dialogs start from the last values used for each kind of target.
 */
final class KubeActionsMenu {
    private final MainWindow window;
    private final Map<String, String> lastTarget = new HashMap<>();
    private final Map<String, String> lastValue = new HashMap<>();

    KubeActionsMenu(MainWindow window) {
        this.window = window;
    }

    void ask(KubeActions.Kind kind) {
        I18n i18n = window.i18n();
        String title = i18n.get("kube.action." + kind.verb());
        window.dialogs().askText(title, i18n.get("kube." + kind.targetKey()),
                lastTarget.getOrDefault(kind.targetKey(), "")).ifPresent(target -> {
                    lastTarget.put(kind.targetKey(), target);
                    if (kind.argument() == null) {
                        fork(kind, target, "");
                        return;
                    }
                    window.dialogs().askText(title, i18n.get("kube.arg." + kind.argument()),
                            lastValue.getOrDefault(kind.argument(), "")).ifPresent(value -> {
                                lastValue.put(kind.argument(), value);
                                fork(kind, target, value);
                            });
                });
    }

    private void fork(KubeActions.Kind kind, String target, String value) {
        long at = window.model().playheadNanos();
        String what = kind.argument() == null ? target : target + " " + kind.argument() + "=" + value;
        window.forkWith(KubeActions.action(at, kind, target, value),
                window.i18n().get("note.changed", window.i18n().get("kube.action." + kind.verb()) + ": " + what));
    }
}

package dev.podium.ui.kube;

import dev.podium.ui.common.ViewText;


/**
 * Turns a reconcile's action codes ({@code createPods:1 updateStatus:1}) into words ("create 1 pod · update status")
 * from the view bundle ({@code action.createPods}); unknown codes are shown as they are. Toolkit-free.
 */
final class ActionText {
    private ActionText() {
    }

    static String words(String actions, ViewText text) {
        if (actions == null || actions.isEmpty() || "none".equals(actions)) {
            return text.get("action.none");
        }
        StringBuilder out = new StringBuilder();
        for (String code : actions.split(" ")) {
            int colon = code.indexOf(':');
            String name = colon < 0 ? code : code.substring(0, colon);
            String n = colon < 0 ? "" : code.substring(colon + 1);
            String word = text.get("action." + name, n);
            if (out.length() > 0) {
                out.append(" · ");
            }
            out.append(word.startsWith("action.") ? code : word);
        }
        return out.toString();
    }

    /** Short English words for flight labels (no bundle needed). */
    static String english(String actions) {
        return actions.replace("createPods:", "create ").replace("deletePods:", "delete ")
                .replace("updateStatus:1", "status").replace("scaleUp:", "scale +").replace("scaleDown:", "scale −");
    }
}

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
        return words(actions, (name, n) -> {
            String word = text.get("action." + name, n);
            return word.startsWith("action.") ? null : word;
        });
    }

    /** Looks up the words of one action code and its count; null when there are none. */
    interface Words {
        String of(String code, String count);
    }

    /** As {@link #words(String, ViewText)} with the words from {@code words} ("none" is the code {@code none}). */
    static String words(String actions, Words words) {
        if (actions == null || actions.isEmpty() || "none".equals(actions)) {
            String none = words.of("none", "");
            return none == null ? "none" : none;
        }
        StringBuilder out = new StringBuilder();
        for (String code : actions.split(" ")) {
            int colon = code.indexOf(':');
            String name = colon < 0 ? code : code.substring(0, colon);
            String n = colon < 0 ? "" : code.substring(colon + 1);
            String word = words.of(name, n);
            if (out.length() > 0) {
                out.append(" · ");
            }
            out.append(word == null ? code : word);
        }
        return out.toString();
    }

    /** Short English words for flight labels (no bundle needed). */
    static String english(String actions) {
        return actions.replace("createPods:", "create ").replace("deletePods:", "delete ")
                .replace("updateStatus:1", "status").replace("scaleUp:", "scale +").replace("scaleDown:", "scale −");
    }
}

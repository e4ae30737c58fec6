package dev.podium.ui.kube;

import dev.podium.ui.common.ViewText;

/**
 * Puts a reconcile's observation ({@code desired 3 actual 2}) into the display language: the simulator writes it in
 * English words, so known words are swapped for the bundle's ({@code observed.desired}) and numbers kept.
 * Toolkit-free apart from the bundle lookup.
 */
final class Observed {
    private static final String[] WORDS = {"desired", "actual", "ready", "notReady", "new", "old", "replicas",
        "deleted", "feasible", "of", "nodes", "cpu", "waiting", "for", "pods", "to", "terminate", "awaiting",
        "expectations"};

    private Observed() {
    }

    static String words(String observed, ViewText text) {
        if (observed == null || observed.isEmpty()) {
            return "–";
        }
        if (!text.chinese()) {
            return observed.replace("desired ", "desired ").replace(" actual ", " · actual ");
        }
        StringBuilder out = new StringBuilder();
        for (String w : observed.split(" ")) {
            String bare = w.replace("(", "").replace(")", "");
            String swapped = w;
            for (String known : WORDS) {
                if (known.equals(bare)) {
                    swapped = w.replace(bare, text.get("observed." + known));
                }
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(swapped);
        }
        return out.toString();
    }
}

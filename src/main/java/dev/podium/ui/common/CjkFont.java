package dev.podium.ui.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javafx.scene.text.Font;

/**
 * Picks an installed font family with Simplified Chinese glyphs in every weight. JavaFX draws Chinese
 * through a fallback font that has no bold face, so bold Chinese headers and cues would look regular;
 * naming a full CJK family for the Chinese UI fixes that. FX thread (needs the toolkit).
 */
public final class CjkFont {
    /** Candidates, most likely first on Linux, Windows and macOS. */
    static final List<String> CANDIDATES = List.of("Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei",
            "PingFang SC", "WenQuanYi Micro Hei");

    private CjkFont() {
    }

    /**
     * A one-rule sheet (a data URI) that sets the family under the {@link PodiumStyles#LANG_ZH} root
     * class; rules that name their own family (monospace time labels) keep it.
     */
    public static Optional<String> stylesheet() {
        return family().map(f -> "data:text/css;base64," + Base64.getEncoder().encodeToString(
                (".root." + PodiumStyles.LANG_ZH + " { -fx-font-family: \"" + f + "\"; }")
                        .getBytes(StandardCharsets.UTF_8)));
    }

    /** The first candidate that is installed, if any. */
    public static Optional<String> family() {
        List<String> installed = Font.getFamilies();
        return CANDIDATES.stream().filter(installed::contains).findFirst();
    }
}

package dev.podium.ui.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every palette's state colours stay apart for viewers with protanopia, deuteranopia or tritanopia (Machado et al.
 * 2009 at severity 1.0, see {@link ColourVision}) in the light, dark and high-contrast themes: any two states a view
 * shows side by side differ by at least {@link #MIN_DELTA_E} CIEDE2000 units under every simulation (and normal
 * vision), or by {@link #MIN_DELTA_E_WITH_SHAPE} where the view also tells the pair apart by shape.
 */
class PaletteColourVisionTest {
    /** The least ΔE00 between two states told apart by colour alone: clearly distinct at a glance, not a nuance. */
    static final double MIN_DELTA_E = 9.5;
    /** The least ΔE00 between two states that also differ by shape: their colours must still not merge. */
    static final double MIN_DELTA_E_WITH_SHAPE = 3.5;

    private static final String TOKENS = "/dev/podium/ui/tokens.css";
    private static final String GO = "/dev/podium/ui/goruntime/goruntime.css";
    private static final String GC = "/dev/podium/ui/gc/gc.css";

    /** A palette: the states' tokens, and whether each pair also differs by shape where the view shows them. */
    private record Palette(String name, String[] sheets, List<String> tokens, boolean byShape) {
        double threshold() {
            return byShape ? MIN_DELTA_E_WITH_SHAPE : MIN_DELTA_E;
        }
    }

    private static final List<Palette> PALETTES = List.of(
            // pods: pending and succeeded hollow (succeeded with a tick), creating a spinner, failed a cross, crash
            // loop a restart badge, terminating a dashed edge, running plain and ringed when ready
            new Palette("kube pods", new String[] {TOKENS},
                    List.of("-pd-pod-running", "-pd-pod-pending", "-pd-pod-creating", "-pd-pod-terminating",
                            "-pd-pod-crashloop", "-pd-pod-failed", "-pd-pod-succeeded"), true),
            new Palette("queue", new String[] {TOKENS},
                    List.of("-pd-queue-waiting", "-pd-queue-serving", "-pd-queue-departed"), false),
            // a rejected customer is drawn with a shape of its own
            new Palette("queue with rejected", new String[] {TOKENS},
                    List.of("-pd-queue-waiting", "-pd-queue-serving", "-pd-queue-departed", "-pd-queue-rejected"),
                    true),
            // every goroutine chip carries its StateGlyph badge
            new Palette("go goroutines", new String[] {TOKENS, GO},
                    List.of("-pd-go-running", "-pd-go-runnable", "-pd-go-waiting", "-pd-go-syscall", "-pd-go-dead"),
                    true),
            new Palette("go P and M chips", new String[] {TOKENS, GO},
                    List.of("-pd-go-running", "-pd-go-syscall", "-pd-go-idle", "-pd-go-spinning"), false),
            new Palette("gc regions", new String[] {TOKENS, GC},
                    List.of("-pd-gc-free", "-pd-gc-eden", "-pd-gc-survivor", "-pd-gc-old", "-pd-gc-humongous"),
                    false),
            new Palette("gc pauses", new String[] {TOKENS, GC},
                    List.of("-pd-gc-pause-young", "-pd-gc-pause-mixed", "-pd-gc-pause-cycle", "-pd-gc-pause-full",
                            "-pd-gc-pause-stall"), false));

    @Test
    void everyPaletteKeepsItsStatesApartForEveryColourVisionInEveryTheme() {
        List<String> failures = new ArrayList<>();
        for (Theme.Kind theme : Theme.Kind.values()) {
            for (Palette palette : PALETTES) {
                Map<String, double[]> colours = TokenSheets.tokens(theme, palette.sheets());
                for (String token : palette.tokens()) {
                    assertTrue(colours.containsKey(token), palette.name() + " " + theme + ": " + token + " is set");
                }
                for (int i = 0; i < palette.tokens().size(); i++) {
                    for (int j = i + 1; j < palette.tokens().size(); j++) {
                        String a = palette.tokens().get(i);
                        String b = palette.tokens().get(j);
                        for (ColourVision vision : ColourVision.values()) {
                            double d = Ciede2000.between(vision.simulate(colours.get(a)),
                                    vision.simulate(colours.get(b)));
                            if (d < palette.threshold()) {
                                failures.add(String.format(java.util.Locale.ROOT, "%s %s %s: %s vs %s ΔE00 %.1f",
                                        theme, palette.name(), vision, a, b, d));
                            }
                        }
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " pairs too close:\n" + String.join("\n", failures));
    }
}

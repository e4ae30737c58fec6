package dev.podium.fuzz;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * The properties every parser of a user's file keeps under fuzzing: it returns, or throws its own error type whose
 * message names a place ({@code :line:column} or {@code :line}); any other exception, an error without a place or
 * an input that takes longer than the bound fails the test with the input that did it (keep it as a regression
 * case).
 */
public final class FuzzCheck {
    /** The longest one input may take. */
    public static final Duration PER_INPUT = Duration.ofSeconds(5);
    private static final Pattern PLACE = Pattern.compile(":\\d+(:\\d+)?\\b");

    private FuzzCheck() {
    }

    /** A parser run on one input. */
    @FunctionalInterface
    public interface Parse {
        void run(String input) throws Exception;
    }

    /** Runs {@code parse} on {@code input}: a return, or an exception of {@code allowed} that names a place. */
    public static void check(String what, String input, Class<? extends Exception> allowed, boolean needsPlace,
            Parse parse) {
        Throwable thrown = assertTimeoutPreemptively(PER_INPUT, () -> {
            try {
                parse.run(input);
                return null;
            } catch (Throwable t) {
                return t;
            }
        }, () -> what + ": took longer than " + PER_INPUT + " on input:\n" + quote(input));
        if (thrown == null) {
            return;
        }
        if (!allowed.isInstance(thrown)) {
            AssertionError e = new AssertionError(what + ": threw " + thrown + " on input:\n" + quote(input));
            e.initCause(thrown);
            throw e;
        }
        if (needsPlace && (thrown.getMessage() == null || !PLACE.matcher(thrown.getMessage()).find())) {
            fail(what + ": error without a place: " + thrown.getMessage() + "\non input:\n" + quote(input));
        }
    }

    private static String quote(String input) {
        StringBuilder out = new StringBuilder();
        for (char c : input.toCharArray()) {
            out.append(c < 0x20 && c != '\n' || c >= 0xD800 && c < 0xE000 || c == 0xFEFF
                    ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }
}

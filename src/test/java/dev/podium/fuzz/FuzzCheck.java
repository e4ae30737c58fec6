package dev.podium.fuzz;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The properties every parser of a user's file keeps under fuzzing (the {@code @FuzzTest}s call it with each
 * input): it returns, or throws its own error type whose message names a place; it finishes within
 * {@link #PER_INPUT}; and it allocates at most {@link #MAX_ALLOCATED_BYTES} on the way (far above what a file of a
 * few KiB needs, so a blow-up such as an alias bomb or a count taken from the input shows). Anything else fails
 * with the input that did it, which Jazzer keeps as a {@code crash-…} file in the test's inputs folder: a
 * regression case from then on.
 *
 * <p>The parser runs on one reused worker thread so that a hang can be cut off (Jazzer's own {@code -timeout}
 * ends the whole JVM instead).
 */
public final class FuzzCheck {
    /** The longest one input may take (generous: the build machine may be loaded). */
    public static final Duration PER_INPUT = Duration.ofSeconds(10);
    /** The longest one of the first inputs may take: they load, and Jazzer instruments, the parser's classes. */
    public static final Duration FIRST_INPUT = Duration.ofSeconds(120);
    /** The most one input may allocate, in bytes. */
    public static final long MAX_ALLOCATED_BYTES = 512L * 1024 * 1024;
    /** A message that names {@code :line} or {@code :line:column}. */
    public static final Predicate<String> NAMES_LINE = m -> Pattern.compile(":\\d+(:\\d+)?\\b").matcher(m).find();

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static ExecutorService worker = newWorker();
    /** Inputs run so far: the first few load and instrument classes (slow, allocating), so the bounds wait. */
    private static int runs;
    private static final int WARM_UP = 5;

    private FuzzCheck() {
    }

    /** A parser run on one input. */
    @FunctionalInterface
    public interface Parse<T> {
        void run(T input) throws Exception;
    }

    /** A message that names {@code file}: a place in it ({@code file:line}) or the whole file ({@code file: …}). */
    public static Predicate<String> namesFile(String file) {
        return m -> m.contains(file + ":");
    }

    /**
     * Runs {@code parse} on {@code input}: it must return, or throw an {@code allowed} exception whose message
     * passes {@code located}.
     */
    public static <T> void check(String what, T input, Class<? extends Exception> allowed, Predicate<String> located,
            Parse<T> parse) {
        Throwable thrown = run(what, input, parse);
        if (thrown == null) {
            return;
        }
        if (!allowed.isInstance(thrown)) {
            AssertionError e = new AssertionError(what + ": threw " + thrown + " on input:\n" + quote(input));
            e.initCause(thrown);
            throw e;
        }
        if (thrown.getMessage() == null || !located.test(thrown.getMessage())) {
            throw new AssertionError(what + ": error without a place: " + thrown.getMessage() + "\non input:\n"
                    + quote(input), thrown);
        }
    }

    private static synchronized <T> Throwable run(String what, T input, Parse<T> parse) {
        long[] allocated = new long[1];
        Future<Throwable> result = worker.submit(() -> {
            long before = THREADS.getCurrentThreadAllocatedBytes();
            try {
                parse.run(input);
                return null;
            } catch (Throwable t) {
                return t;
            } finally {
                allocated[0] = THREADS.getCurrentThreadAllocatedBytes() - before;
            }
        });
        Throwable thrown;
        boolean warm = runs++ >= WARM_UP;
        Duration bound = warm ? PER_INPUT : FIRST_INPUT;
        try {
            thrown = result.get(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            worker.shutdownNow();
            worker = newWorker(); // the old thread may never return
            throw new AssertionError(what + ": took longer than " + bound + " on input:\n" + quote(input));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(what + ": interrupted", e);
        } catch (ExecutionException e) {
            throw new AssertionError(what + ": " + e.getCause(), e.getCause());
        }
        if (warm && allocated[0] > MAX_ALLOCATED_BYTES) {
            throw new AssertionError(what + ": allocated " + allocated[0] / (1024 * 1024) + " MiB (more than "
                    + MAX_ALLOCATED_BYTES / (1024 * 1024) + " MiB) on input:\n" + quote(input));
        }
        return thrown;
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-input");
            t.setDaemon(true);
            return t;
        });
    }

    private static String quote(Object input) {
        String text = input instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : String.valueOf(input);
        if (text.length() > 4000) {
            text = text.substring(0, 4000) + "… (" + text.length() + " chars)";
        }
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c < 0x20 && c != '\n' || c >= 0xD800 && c < 0xE000 || c == 0xFEFF
                    ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }
}

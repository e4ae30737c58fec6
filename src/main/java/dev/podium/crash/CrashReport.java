package dev.podium.crash;

import dev.podium.live.log.Redactor;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * One crash, as the text a user can attach to a bug report: when, which Podium, which OS and Java, which thread, the
 * stack with its causes, and the last lines of narration and events before it. {@link #text()} is scrubbed: a token,
 * a password or a kubeconfig's key data in an exception message or a narration line never reaches the file.
 * Immutable; any thread.
 *
 * @param time    when it happened
 * @param thread  the name of the thread that threw
 * @param error   what was thrown
 * @param recent  the last lines the user saw (oldest first), may be empty
 */
public record CrashReport(Instant time, String thread, Throwable error, List<String> recent) {

    /** The most recent lines a report keeps. */
    public static final int MAX_RECENT = 40;

    public CrashReport {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(error, "error");
        thread = thread == null ? "?" : thread;
        recent = recent == null ? List.of()
                : List.copyOf(recent.subList(Math.max(0, recent.size() - MAX_RECENT), recent.size()));
    }

    /** A report of {@code error} thrown now on {@code thread}. */
    public static CrashReport of(Thread thread, Throwable error, List<String> recent) {
        return new CrashReport(Instant.now(), thread == null ? null : thread.getName(), error, recent);
    }

    /** Podium's version: the jar manifest's {@code Implementation-Version}, or "development build" from classes. */
    public static String version() {
        String version = CrashReport.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }

    /** The report's text, every line scrubbed of secrets. */
    public String text() {
        StringBuilder out = new StringBuilder();
        out.append("Podium crash report\n");
        out.append("time:    ").append(DateTimeFormatter.ISO_INSTANT.format(time)).append('\n');
        out.append("podium:  ").append(version()).append('\n');
        out.append("os:      ").append(System.getProperty("os.name")).append(' ')
                .append(System.getProperty("os.version")).append(" (").append(System.getProperty("os.arch"))
                .append(")\n");
        out.append("java:    ").append(System.getProperty("java.runtime.name", "Java")).append(' ')
                .append(System.getProperty("java.runtime.version", System.getProperty("java.version")))
                .append(" (").append(System.getProperty("java.vendor")).append(")\n");
        out.append("javafx:  ").append(System.getProperty("javafx.runtime.version", "not loaded")).append('\n');
        out.append("thread:  ").append(thread).append('\n');
        out.append("error:   ").append(Redactor.describe(error)).append("\n\n");
        out.append("stack:\n");
        StringWriter stack = new StringWriter();
        error.printStackTrace(new PrintWriter(stack));
        out.append(stack);
        out.append("\nlast lines before the crash (oldest first):\n");
        if (recent.isEmpty()) {
            out.append("  (none)\n");
        }
        for (String line : recent) {
            out.append("  ").append(line.replace('\n', ' ')).append('\n');
        }
        return Redactor.scrub(out.toString());
    }
}

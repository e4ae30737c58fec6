package dev.podium.live.kubeconfig;

import dev.podium.live.log.LiveLog;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;

/**
 * The PATH the user's login shell sets up. A desktop app launched by double-click inherits a minimal PATH
 * (macOS launchd: {@code /usr/bin:/bin:/usr/sbin:/sbin}), without the directories where {@code aws},
 * {@code gke-gcloud-auth-plugin} or {@code kubelogin} live; a terminal has them because the login shell's rc files
 * add them. So this runs {@code $SHELL -l -c 'printf ...'} once, with stdin closed and a timeout, and falls back to
 * the process's own PATH when there is no shell, it fails, prints nothing or takes too long.
 *
 * <p>The answer is computed on first use and cached. Thread-safe; the first call blocks for at most the timeout.
 */
public final class LoginShellPath {

    /** How long the login shell may take before the process PATH is used instead. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    private static final String MARK = "__PODIUM_PATH__";
    private static final LiveLog LOG = LiveLog.of(LoginShellPath.class);

    private final String shell;
    private final Duration timeout;
    private final String fallback;
    private String cached;

    /** A lookup with {@code shell} (may be null or blank: no shell), a timeout and the PATH to fall back on. */
    public LoginShellPath(String shell, Duration timeout, String fallback) {
        this.shell = shell;
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.fallback = fallback == null ? "" : fallback;
    }

    /** The lookup for this process: {@code $SHELL}, {@link #DEFAULT_TIMEOUT}, the process PATH. */
    public static LoginShellPath forThisProcess() {
        return new LoginShellPath(System.getenv("SHELL"), DEFAULT_TIMEOUT, System.getenv("PATH"));
    }

    /** A fixed PATH, no shell (for tests and for callers that already know it). */
    public static LoginShellPath fixed(String path) {
        return new LoginShellPath(null, Duration.ZERO, path);
    }

    /** The login shell's PATH, or the fallback; computed once. */
    public synchronized String path() {
        if (cached == null) {
            cached = lookUp();
        }
        return cached;
    }

    private String lookUp() {
        if (shell == null || shell.isBlank() || timeout.isZero()) {
            return fallback;
        }
        ProcessBuilder builder = new ProcessBuilder(shell, "-l", "-c", "printf '%s%s' " + MARK + " \"$PATH\"");
        try {
            BoundedProcess.Outcome outcome = BoundedProcess.run(builder, timeout, 64 * 1024, 4 * 1024);
            String out = outcome.stdoutText();
            int at = out.lastIndexOf(MARK);
            if (outcome.timedOut() || outcome.exitCode() != 0 || at < 0) {
                LOG.warn("login shell {} gave no PATH (exit {}, timed out {}); using the process PATH", shell,
                        outcome.exitCode(), outcome.timedOut());
                return fallback;
            }
            String path = out.substring(at + MARK.length()).strip();
            return path.isEmpty() ? fallback : path;
        } catch (IOException e) {
            LOG.warn("login shell {} could not be run; using the process PATH", shell, e);
            return fallback;
        }
    }
}

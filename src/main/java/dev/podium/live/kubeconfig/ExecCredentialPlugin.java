package dev.podium.live.kubeconfig;

import dev.podium.live.log.LiveLog;
import dev.podium.live.log.Redactor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs kubeconfig exec credential plugins as client-go does, made safe for a desktop app: the command is found on
 * the user's login-shell PATH ({@link LoginShellPath}), standard input is closed (no prompts), it gets
 * {@code KUBERNETES_EXEC_INFO}, and it must finish within a timeout (30 s unless configured) or it is killed and
 * reported. Standard output is parsed as an ExecCredential; standard error is kept apart and quoted, scrubbed and
 * shortened, in error messages.
 *
 * <p>Credentials are cached per key (a context and its user) until {@code status.expirationTimestamp} minus
 * {@link #EXPIRY_SKEW}, judged by the injected {@link Clock}; one with no expiry is kept until
 * {@link #invalidate(String)} (called on a 401). Thread-safe; concurrent calls for one key run the plugin once.
 */
public final class ExecCredentialPlugin {

    /** How long a plugin may run. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    /** A credential is renewed this long before it expires, so a request never leaves with a dying token. */
    public static final Duration EXPIRY_SKEW = Duration.ofSeconds(30);

    private static final int MAX_STDOUT = 1024 * 1024;
    private static final int MAX_STDERR = 64 * 1024;
    private static final int STDERR_QUOTE_CHARS = 1000;
    private static final LiveLog LOG = LiveLog.of(ExecCredentialPlugin.class);

    private final LoginShellPath path;
    private final Duration timeout;
    private final Clock clock;
    private final Map<String, ExecCredential> cache = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    /** A runner using {@code path} for lookups, {@code timeout} per run and {@code clock} for expiry. */
    public ExecCredentialPlugin(LoginShellPath path, Duration timeout, Clock clock) {
        this.path = Objects.requireNonNull(path, "path");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The runner for this process: the login-shell PATH, {@link #DEFAULT_TIMEOUT}, the system clock. */
    public static ExecCredentialPlugin forThisProcess() {
        return new ExecCredentialPlugin(LoginShellPath.forThisProcess(), DEFAULT_TIMEOUT, Clock.systemUTC());
    }

    /** The cached credential for {@code key} if still fresh, else a new one from running {@code exec}. */
    public ExecCredential credential(String key, ExecConfig exec) throws LiveConfigException {
        return credential(key, exec, null);
    }

    ExecCredential credential(String key, ExecConfig exec, ClusterSpec cluster) throws LiveConfigException {
        synchronized (locks.computeIfAbsent(key, k -> new Object())) {
            ExecCredential cached = cache.get(key);
            if (cached != null && fresh(cached)) {
                return cached;
            }
            ExecCredential fresh = run(exec, cluster);
            cache.put(key, fresh);
            return fresh;
        }
    }

    /** Forgets the credential for {@code key}, so the next call runs the plugin again. */
    public void invalidate(String key) {
        cache.remove(key);
    }

    private boolean fresh(ExecCredential credential) {
        Instant expiration = credential.expiration();
        return expiration == null || clock.instant().isBefore(expiration.minus(EXPIRY_SKEW));
    }

    private ExecCredential run(ExecConfig exec, ClusterSpec cluster) throws LiveConfigException {
        String searchPath = path.path();
        Path command = locate(exec, searchPath);
        List<String> commandLine = new ArrayList<>();
        commandLine.add(command.toString());
        commandLine.addAll(exec.args());
        ProcessBuilder builder = new ProcessBuilder(commandLine);
        Map<String, String> env = builder.environment();
        env.put("PATH", searchPath);
        env.putAll(exec.env());
        env.put("KUBERNETES_EXEC_INFO", ExecCredentialJson.execInfo(exec, cluster));
        String name = Path.of(exec.command()).getFileName().toString();
        BoundedProcess.Outcome outcome;
        try {
            LOG.debug("running exec plugin {} (timeout {} s)", name, timeout.toSeconds());
            outcome = BoundedProcess.run(builder, timeout, MAX_STDOUT, MAX_STDERR);
        } catch (IOException e) {
            throw ExecCredentialJson.problem(name, "could not be started: " + e.getMessage());
        }
        if (outcome.timedOut()) {
            throw ExecCredentialJson.problem(name, "did not finish within " + seconds(timeout)
                    + " and was stopped; is it waiting for a browser login or a prompt?" + stderr(outcome));
        }
        if (outcome.exitCode() != 0) {
            throw ExecCredentialJson.problem(name, "failed with exit code " + outcome.exitCode() + stderr(outcome));
        }
        if (!outcome.stderr().isBlank()) {
            LOG.debug("exec plugin {} wrote on standard error: {}", name, shorten(outcome.stderr()));
        }
        return ExecCredentialJson.parse(name, exec.apiVersion(), outcome.stdoutText());
    }

    /** The command as a file: a path as given, a bare name searched on {@code searchPath}. */
    private static Path locate(ExecConfig exec, String searchPath) throws LiveConfigException {
        String command = exec.command();
        if (command.contains("/") || command.contains(java.io.File.separator)) {
            Path direct = Path.of(command);
            if (Files.isRegularFile(direct) && Files.isExecutable(direct)) {
                return direct;
            }
            throw missing(exec, direct + " does not exist or is not executable");
        }
        for (String dir : searchPath.split(java.io.File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, command);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw missing(exec, "it is not on your login shell's PATH");
    }

    private static LiveConfigException missing(ExecConfig exec, String why) {
        String hint = exec.installHint() == null ? "" : "\n" + exec.installHint().strip();
        return new LiveConfigException(null, "exec plugin '" + exec.command() + "' was not found: " + why + hint);
    }

    private static String stderr(BoundedProcess.Outcome outcome) {
        return outcome.stderr().isBlank() ? "" : "; it said: " + shorten(outcome.stderr());
    }

    private static String shorten(String text) {
        String scrubbed = Redactor.scrub(text.strip());
        return scrubbed.length() <= STDERR_QUOTE_CHARS ? scrubbed
                : scrubbed.substring(0, STDERR_QUOTE_CHARS) + "... (" + (scrubbed.length() - STDERR_QUOTE_CHARS)
                        + " more characters)";
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}

package dev.podium.scenario.kube;

import dev.podium.scenario.YamlNode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a container's {@code lifecycle.preStop} hook into how long it runs: a {@code sleep: {seconds: N}} action
 * (PodLifecycleSleepAction, beta and on since 1.30) or an {@code exec} whose command sleeps
 * ({@code ["sleep", "5"]}, {@code ["/bin/sh", "-c", "sleep 5"]}) runs N seconds; any other {@code exec} or an
 * {@code httpGet} is taken to return at once. {@code postStart} is ignored. Not thread-safe.
 */
final class LifecycleReader {
    private static final long SECOND = 1_000_000_000L;
    private static final List<String> HANDLERS = List.of("exec", "httpGet", "tcpSocket", "sleep");
    private static final Pattern SLEEP = Pattern.compile("(?:^|[;&|\\s])sleep\\s+(\\d+(?:\\.\\d+)?)s?(?:$|[;&|\\s])");

    private final ManifestFields f;

    LifecycleReader(ManifestFields fields) {
        this.f = fields;
    }

    /** How long the container's preStop hook runs, in nanoseconds; 0 without one or after a problem. */
    long preStopNanos(YamlNode.Mapping container, String containerPath) {
        YamlNode.Mapping lifecycle = f.optionalMap(container, "lifecycle", containerPath + ".lifecycle");
        String path = containerPath + ".lifecycle.preStop";
        YamlNode.Mapping hook = f.optionalMap(lifecycle, "preStop", path);
        if (hook == null) {
            return 0;
        }
        long handlers = HANDLERS.stream().filter(h -> ManifestFields.field(hook, h) != null).count();
        if (handlers != 1) {
            f.problem(hook.where(), path + ": expected exactly one handler of " + String.join(", ", HANDLERS)
                    + ", found " + handlers);
            return 0;
        }
        YamlNode.Mapping sleep = f.optionalMap(hook, "sleep", path + ".sleep");
        if (sleep != null) {
            if (ManifestFields.field(sleep, "seconds") == null) {
                f.missing(sleep, path + ".sleep.seconds", "a whole number of seconds such as 5");
                return 0;
            }
            return f.wholeNumber(sleep, "seconds", path + ".sleep.seconds", 0, 0, Integer.MAX_VALUE) * SECOND;
        }
        YamlNode.Mapping exec = f.optionalMap(hook, "exec", path + ".exec");
        if (exec == null) {
            return 0;
        }
        List<YamlNode> command = f.optionalList(exec, "command", path + ".exec.command", "[sleep, \"5\"]");
        if (command == null || command.isEmpty()) {
            f.missing(exec, path + ".exec.command", "a command such as [sleep, \"5\"]");
            return 0;
        }
        StringBuilder line = new StringBuilder();
        for (YamlNode word : command) {
            line.append(word instanceof YamlNode.Scalar s && s.text() != null ? s.text() : "").append(' ');
        }
        Matcher m = SLEEP.matcher(line.toString().trim());
        return m.find() ? (long) (Double.parseDouble(m.group(1)) * SECOND) : 0;
    }
}

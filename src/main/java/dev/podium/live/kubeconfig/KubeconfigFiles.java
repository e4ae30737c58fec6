package dev.podium.live.kubeconfig;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Where the kubeconfig comes from, found as kubectl finds it: an explicit file ({@code --kubeconfig}) alone if
 * given; else every file in {@code KUBECONFIG} (split by the platform's path separator, empty entries and repeats
 * dropped, files that do not exist skipped, as kubectl skips them); else {@code ~/.kube/config}.
 *
 * <p>{@link #load()} reads the files afresh every time (it is how a 401 re-reads credentials). Immutable and
 * thread-safe.
 */
public final class KubeconfigFiles {

    /** The environment variable kubectl reads. */
    public static final String ENV = "KUBECONFIG";

    private final List<Path> candidates;
    private final String origin;
    private final boolean fromEnvironment;

    private KubeconfigFiles(List<Path> candidates, String origin, boolean fromEnvironment) {
        this.candidates = List.copyOf(candidates);
        this.origin = origin;
        this.fromEnvironment = fromEnvironment;
    }

    /** The files for this process: {@code explicit} if not null, else {@code KUBECONFIG}, else the default. */
    public static KubeconfigFiles locate(Path explicit) {
        return locate(explicit, System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** As {@link #locate(Path)}, with the environment and home directory given (for tests). */
    public static KubeconfigFiles locate(Path explicit, Map<String, String> env, Path home) {
        Objects.requireNonNull(env, "env");
        Objects.requireNonNull(home, "home");
        if (explicit != null) {
            return new KubeconfigFiles(List.of(explicit), "--kubeconfig", false);
        }
        String list = env.get(ENV);
        if (list != null && !list.isBlank()) {
            Set<Path> paths = new LinkedHashSet<>();
            for (String part : list.split(File.pathSeparator)) {
                if (!part.isBlank()) {
                    paths.add(Path.of(part.strip()));
                }
            }
            if (!paths.isEmpty()) {
                return new KubeconfigFiles(new ArrayList<>(paths), ENV, true);
            }
        }
        return new KubeconfigFiles(List.of(home.resolve(".kube").resolve("config")), "the default location", false);
    }

    /** The files that will be read, before skipping missing {@code KUBECONFIG} entries. */
    public List<Path> candidates() {
        return candidates;
    }

    /** Where the list came from, for messages: "--kubeconfig", "KUBECONFIG" or "the default location". */
    public String origin() {
        return origin;
    }

    /** Reads and merges the files now. */
    public Kubeconfig load() throws LiveConfigException {
        List<Path> existing = new ArrayList<>();
        for (Path path : candidates) {
            if (!fromEnvironment || Files.exists(path)) {
                existing.add(path);
            }
        }
        if (existing.isEmpty()) {
            throw new LiveConfigException(null, "none of the files in KUBECONFIG exist: "
                    + Kubeconfig.describe(candidates));
        }
        if (!fromEnvironment && !Files.exists(existing.get(0))) {
            String hint = origin.equals(ENV) || explicitOrigin() ? "" : " and KUBECONFIG is not set";
            throw new LiveConfigException(existing.get(0), "kubeconfig file does not exist" + hint);
        }
        return Kubeconfig.load(existing);
    }

    private boolean explicitOrigin() {
        return origin.equals("--kubeconfig");
    }

    @Override
    public String toString() {
        return "KubeconfigFiles[" + origin + ": " + Kubeconfig.describe(candidates) + "]";
    }
}

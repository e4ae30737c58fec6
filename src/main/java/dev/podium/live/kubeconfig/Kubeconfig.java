package dev.podium.live.kubeconfig;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One or more kubeconfig files merged as kubectl merges them (client-go's loading rules): files are read in
 * order; for clusters, users and contexts the first file that defines a name wins; {@code current-context} comes
 * from the first file that sets one. Within one file a name given twice is an error, as in client-go. Empty files
 * count as empty configs. Each entry keeps the file it came from, so relative paths resolve against that file's
 * directory.
 *
 * <p>Contexts are listed in the order they were first defined. Asking for a context no file defines is an error:
 * fabric8 would silently fall back to the current context, so nothing in Podium hands a name to fabric8 without
 * coming through {@link #resolve(String)}. Immutable and thread-safe; re-read by loading the files again.
 */
public final class Kubeconfig {

    private final List<Path> files;
    private final Map<String, Entry> clusters;
    private final Map<String, Entry> users;
    private final Map<String, Entry> contexts;
    private final String currentContext;

    /** A named item of a clusters/users/contexts list: its body ({@code cluster:} etc.) and where it was written. */
    private record Entry(String name, KubeconfigNode item, KubeconfigNode body) {
    }

    private Kubeconfig(List<Path> files, Map<String, Entry> clusters, Map<String, Entry> users,
            Map<String, Entry> contexts, String currentContext) {
        this.files = List.copyOf(files);
        this.clusters = clusters;
        this.users = users;
        this.contexts = contexts;
        this.currentContext = currentContext;
    }

    /**
     * Reads and merges {@code files}, which must all exist. Fails when a file cannot be read or parsed, when an
     * entry is malformed, or when the files together define no context.
     */
    public static Kubeconfig load(List<Path> files) throws LiveConfigException {
        if (files.isEmpty()) {
            throw new LiveConfigException(null, "no kubeconfig file given");
        }
        Map<String, Entry> clusters = new LinkedHashMap<>();
        Map<String, Entry> users = new LinkedHashMap<>();
        Map<String, Entry> contexts = new LinkedHashMap<>();
        String current = null;
        for (Path file : files) {
            KubeconfigNode root = KubeconfigParser.parse(file);
            if (root == null) {
                continue;
            }
            mergeList(root, "clusters", "cluster", clusters);
            mergeList(root, "users", "user", users);
            mergeList(root, "contexts", "context", contexts);
            if (current == null) {
                current = root.text("current-context");
            }
        }
        if (contexts.isEmpty()) {
            String where = files.size() == 1 ? "" : " (read " + describe(files) + ")";
            throw new LiveConfigException(files.size() == 1 ? files.get(0) : null, (files.size() == 1
                    ? "the kubeconfig defines no contexts" : "the kubeconfig files define no contexts") + where
                    + "; add one with 'kubectl config set-context'");
        }
        return new Kubeconfig(files, clusters, users, contexts, current);
    }

    private static void mergeList(KubeconfigNode root, String listKey, String bodyKey, Map<String, Entry> merged)
            throws LiveConfigException {
        Set<String> inThisFile = new HashSet<>();
        for (KubeconfigNode item : root.sequenceAt(listKey)) {
            if (!item.isMapping()) {
                throw item.problem("each item of '" + listKey + "' should be a mapping with 'name' and '"
                        + bodyKey + "'");
            }
            String name = item.text("name");
            if (name == null) {
                throw item.problem("an item of '" + listKey + "' has no 'name'");
            }
            if (!inThisFile.add(name)) {
                throw item.problem("duplicate " + bodyKey + " name '" + name + "' in '" + listKey + "'");
            }
            merged.putIfAbsent(name, new Entry(name, item, item.mappingAt(bodyKey)));
        }
    }

    /** The files read, in order. */
    public List<Path> files() {
        return files;
    }

    /**
     * The {@code current-context} of the first file that sets one, if any. It may name a context that no file
     * defines (kubectl then fails); check with {@link #contextNames()} before preselecting it.
     */
    public Optional<String> currentContext() {
        return Optional.ofNullable(currentContext);
    }

    /** The names of all contexts, in the order they were first defined. */
    public List<String> contextNames() {
        return List.copyOf(contexts.keySet());
    }

    /** Every context, in the order it was first defined; unusable ones carry their problem. */
    public List<ContextInfo> contexts() {
        List<ContextInfo> out = new ArrayList<>();
        for (String name : contexts.keySet()) {
            out.add(summary(name));
        }
        return out;
    }

    /** The context called {@code name}; an error naming the known contexts when there is none. */
    public ContextInfo context(String name) throws LiveConfigException {
        requireKnown(name);
        return summary(name);
    }

    /**
     * The file name of the exec credential plugin the user of context {@code name} runs (for example
     * {@code gke-gcloud-auth-plugin}), never its arguments or environment; empty when the user has none or the
     * context cannot be resolved.
     */
    public Optional<String> execPlugin(String name) {
        try {
            ExecConfig exec = resolve(name).user().exec();
            if (exec == null) {
                return Optional.empty();
            }
            Path file = Path.of(exec.command()).getFileName();
            return Optional.of(file == null ? exec.command() : file.toString());
        } catch (LiveConfigException | java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** The context called {@code name} with its cluster and user, checked; see {@link KubeconfigSections}. */
    ResolvedContext resolve(String name) throws LiveConfigException {
        Entry context = requireKnown(name);
        KubeconfigNode body = context.body();
        if (body == null) {
            throw context.item().problem("context '" + name + "' has no 'context:' section");
        }
        String clusterName = body.text("cluster");
        if (clusterName == null) {
            throw body.problem("context '" + name + "' names no cluster");
        }
        Entry cluster = clusters.get(clusterName);
        if (cluster == null) {
            throw body.get("cluster").problem("context '" + name + "' refers to cluster '" + clusterName
                    + "', which is not defined in " + describe(files));
        }
        if (cluster.body() == null) {
            throw cluster.item().problem("cluster '" + clusterName + "' has no 'cluster:' section");
        }
        String userName = body.text("user");
        UserSpec user;
        if (userName == null) {
            user = UserSpec.none("");
        } else {
            Entry userEntry = users.get(userName);
            if (userEntry == null) {
                throw body.get("user").problem("context '" + name + "' refers to user '" + userName
                        + "', which is not defined in " + describe(files));
            }
            user = KubeconfigSections.user(userName, userEntry.body());
        }
        ClusterSpec clusterSpec = KubeconfigSections.cluster(clusterName, cluster.body());
        String namespace = body.text("namespace");
        ContextInfo info = new ContextInfo(name, clusterName, clusterSpec.server(), user.name(),
                namespace == null ? ContextInfo.DEFAULT_NAMESPACE : namespace, clusterSpec.insecureSkipTlsVerify(),
                user.kind(), context.item().file(), null);
        return new ResolvedContext(info, clusterSpec, user);
    }

    private Entry requireKnown(String name) throws LiveConfigException {
        Entry context = contexts.get(name);
        if (context == null) {
            throw new LiveConfigException(null, "there is no context named '" + name + "' in " + describe(files)
                    + "; known contexts: " + String.join(", ", contexts.keySet()));
        }
        return context;
    }

    /** A best-effort summary that never fails: a problem found while resolving is carried, not thrown. */
    private ContextInfo summary(String name) {
        try {
            return resolve(name).info();
        } catch (LiveConfigException e) {
            Entry context = contexts.get(name);
            String clusterName = "";
            String userName = "";
            String namespace = ContextInfo.DEFAULT_NAMESPACE;
            String server = "";
            try {
                if (context.body() != null) {
                    clusterName = orEmpty(context.body().text("cluster"));
                    userName = orEmpty(context.body().text("user"));
                    namespace = Optional.ofNullable(context.body().text("namespace")).orElse(namespace);
                }
                Entry cluster = clusters.get(clusterName);
                if (cluster != null && cluster.body() != null) {
                    server = orEmpty(cluster.body().text("server"));
                }
            } catch (LiveConfigException ignored) {
                // The summary shows what could be read; the problem below says what could not.
            }
            return new ContextInfo(name, clusterName, server, userName, namespace, false, AuthKind.NONE,
                    context.item().file(), e.getMessage());
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    static String describe(List<Path> files) {
        return files.stream().map(Path::toString).collect(Collectors.joining(", "));
    }
}

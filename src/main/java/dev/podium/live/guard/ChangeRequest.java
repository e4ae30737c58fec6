package dev.podium.live.guard;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One request to the API server described as RBAC sees it: verb, resource (plural, with the subresource after a
 * slash: {@code pods/exec}), namespace (null for cluster-scoped) and name (null for collections and creates).
 * Non-resource paths ({@code /version}) have the path as resource. Used by {@link ReadOnlyGuard} both to classify
 * what goes out and, for changes, as what the user confirmed. Immutable.
 */
public record ChangeRequest(KubeVerb verb, String resource, String namespace, String name) {

    private static final Set<String> CONNECT_SUBRESOURCES = Set.of("exec", "attach", "portforward", "proxy");

    /** Checks the verb and resource are present. */
    public ChangeRequest {
        Objects.requireNonNull(verb, "verb");
        Objects.requireNonNull(resource, "resource");
    }

    /** Deleting one named object. */
    public static ChangeRequest delete(String resource, String namespace, String name) {
        return new ChangeRequest(KubeVerb.DELETE, resource, namespace, Objects.requireNonNull(name, "name"));
    }

    /** How {@code method} on {@code uri} reads in Kubernetes terms. */
    static ChangeRequest classify(String method, URI uri) {
        List<String> segments = Arrays.stream(uri.getRawPath().split("/")).filter(s -> !s.isEmpty()).toList();
        int prefix = apiPrefix(segments);
        String upper = method.toUpperCase(java.util.Locale.ROOT);
        if (prefix < 0) {
            return new ChangeRequest(upper.equals("GET") || upper.equals("HEAD") ? KubeVerb.GET : KubeVerb.OTHER,
                    uri.getRawPath(), null, null);
        }
        List<String> rest = segments.subList(prefix, segments.size());
        boolean legacyWatch = !rest.isEmpty() && rest.get(0).equals("watch");
        if (legacyWatch) {
            rest = rest.subList(1, rest.size());
        }
        String namespace = null;
        if (rest.size() >= 3 && rest.get(0).equals("namespaces")) {
            namespace = rest.get(1);
            rest = rest.subList(2, rest.size());
        }
        String resource = rest.isEmpty() ? "" : rest.get(0);
        String name = rest.size() >= 2 ? rest.get(1) : null;
        String sub = rest.size() >= 3 ? rest.get(2) : null;
        if (sub != null) {
            resource = resource + "/" + sub;
        }
        return new ChangeRequest(verb(upper, uri, name, sub, legacyWatch), resource, namespace, name);
    }

    private static KubeVerb verb(String method, URI uri, String name, String sub, boolean legacyWatch) {
        if (sub != null && CONNECT_SUBRESOURCES.contains(sub)) {
            return KubeVerb.CONNECT;
        }
        switch (method) {
            case "GET":
            case "HEAD":
                if (legacyWatch || isWatch(uri.getRawQuery())) {
                    return KubeVerb.WATCH;
                }
                return name == null ? KubeVerb.LIST : KubeVerb.GET;
            case "POST":
                return KubeVerb.CREATE;
            case "PUT":
                return KubeVerb.UPDATE;
            case "PATCH":
                return KubeVerb.PATCH;
            case "DELETE":
                return name == null ? KubeVerb.DELETECOLLECTION : KubeVerb.DELETE;
            default:
                return KubeVerb.OTHER;
        }
    }

    private static boolean isWatch(String query) {
        if (query == null) {
            return false;
        }
        for (String part : query.split("&")) {
            if (part.equals("watch=true") || part.equals("watch=1")) {
                return true;
            }
        }
        return false;
    }

    /** How many segments the API prefix takes ({@code api/v1}: 2, {@code apis/group/v1}: 3), or -1 if none. */
    private static int apiPrefix(List<String> segments) {
        if (segments.size() >= 2 && segments.get(0).equals("api")) {
            return 2;
        }
        if (segments.size() >= 3 && segments.get(0).equals("apis")) {
            return 3;
        }
        return -1;
    }
}

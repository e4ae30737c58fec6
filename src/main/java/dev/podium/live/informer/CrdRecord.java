package dev.podium.live.informer;

/**
 * What we keep of a live CustomResourceDefinition: its name, and the kind it serves as group, version (the served
 * storage version, else the first served one; "" when none is served), plural and scope (Namespaced or Cluster).
 * Immutable.
 */
record CrdRecord(String key, String group, String version, String kind, String plural, String scope)
        implements LiveRecord {

    String apiVersion() {
        return group + "/" + version;
    }

    boolean namespaced() {
        return !"Cluster".equals(scope);
    }
}

package dev.podium.ui.kube;

/** What a point of a kube canvas shows: a kind ("pod", "node", "deployment", "replicaset", "hpa") and a key. */
record Hit(String kind, String key) {
}

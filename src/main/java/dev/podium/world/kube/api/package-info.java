/**
 * The simulated API server: objects with a global resourceVersion, optimistic concurrency, watch fan-out with
 * a delivery latency, and rate-limited clients. Objects are immutable records shared by the server and every
 * informer cache, so 150,000 pods cost one record each, not one per cache.
 */
package dev.podium.world.kube.api;

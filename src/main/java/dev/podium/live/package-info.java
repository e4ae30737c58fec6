/**
 * Live cluster mode: kubeconfig contexts resolved as kubectl resolves them, credentials (exec plugins with the
 * login-shell PATH and a timeout), fabric8 clients that are read-only unless the user allowed and confirmed a
 * change, connection tests, and the redaction every log line of this package goes through.
 *
 * <p>{@link dev.podium.live.LiveSession} watches a cluster with fabric8 informers and turns every callback into
 * Kubernetes-world events on a thread-safe queue, which the FX loop (or {@code podium record}) drains into a
 * timeline; {@link dev.podium.live.LiveStatus} says how each informer is doing. Every watched kind's removal (a
 * delete callback, or an object gone at a relist) becomes its {@code *Deleted} event.
 *
 * <p>The only package that may import {@code io.fabric8.*}; it may also import the timeline and the Kubernetes
 * world, nothing else of ours, and never JavaFX.
 */
package dev.podium.live;

/**
 * Live cluster mode: kubeconfig contexts resolved as kubectl resolves them, credentials (exec plugins with the
 * login-shell PATH and a timeout), fabric8 clients that are read-only unless the user allowed and confirmed a
 * change, connection tests, and the redaction every log line of this package goes through.
 *
 * <p>The only package that may import {@code io.fabric8.*}; it may also import the timeline and the Kubernetes
 * world, nothing else of ours, and never JavaFX.
 */
package dev.podium.live;

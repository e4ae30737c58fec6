/**
 * Live cluster mode, in sub-packages by concern, each depending only on those below it:
 * <ul>
 *   <li>{@code dev.podium.live.informer}: a live session watching a cluster with fabric8 informers, turning every
 *       callback into Kubernetes-world events on a queue the FX loop drains, and its status;
 *   <li>{@code dev.podium.live.connection}: the connection test and the changes the user confirmed;
 *   <li>{@code dev.podium.live.kubeconfig}: kubeconfig contexts resolved as kubectl resolves them, credentials (exec
 *       plugins with the login-shell PATH and a timeout), and the factory of guarded fabric8 clients;
 *   <li>{@code dev.podium.live.guard}: the read-only guard every client carries;
 *   <li>{@code dev.podium.live.log}: the redaction every log line, message and error of live mode goes through.
 * </ul>
 * An ArchUnit rule keeps the sub-packages free of cycles.
 *
 * <p>The only package tree that may import {@code io.fabric8.*}; it may also import the timeline and the Kubernetes
 * world, nothing else of ours, and never JavaFX.
 */
package dev.podium.live;

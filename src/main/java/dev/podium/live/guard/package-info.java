/**
 * The read-only guard: {@link dev.podium.live.guard.ReadOnlyGuard}, an interceptor on every fabric8 client we
 * build, sees each request before it is sent, reads it as RBAC does ({@link dev.podium.live.guard.ChangeRequest},
 * {@link dev.podium.live.guard.KubeVerb}) and lets only GET, LIST and WATCH through, unless the user allowed changes
 * for the context ({@link dev.podium.live.guard.ChangePermission}) and confirmed that very request with a one-use
 * {@link dev.podium.live.guard.ChangeTicket}; anything else is refused before it leaves the client
 * ({@link dev.podium.live.guard.ChangeRefusedException}).
 *
 * <p>It knows nothing of kubeconfig files, connections or informers: it may use only {@code dev.podium.live.log}.
 * The changes themselves are sent by {@code dev.podium.live.connection.LiveChanges}, over a connection that carries
 * its guard.
 */
package dev.podium.live.guard;

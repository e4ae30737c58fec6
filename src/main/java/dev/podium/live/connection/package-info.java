/**
 * What a user does over a {@link dev.podium.live.kubeconfig.LiveConnection} besides watching it.
 * {@link dev.podium.live.connection.ConnectionTest} asks the server for its version and lists one pod, within a
 * timeout, and sums the outcome up as a {@link dev.podium.live.connection.ConnectionResult} with a
 * {@link dev.podium.live.connection.ConnectionStatus}; {@link dev.podium.live.connection.LiveChanges} sends the only
 * changes Podium makes to a real cluster (delete a pod, scale a Deployment), each with a one-use ticket from the
 * connection's read-only guard. Both block on the network: call them off the FX thread.
 *
 * <p>The connection itself is built in {@code dev.podium.live.kubeconfig}, next to the credentials it is made from.
 * This package may use {@code dev.podium.live.kubeconfig}, {@code dev.podium.live.guard} and
 * {@code dev.podium.live.log}.
 */
package dev.podium.live.connection;

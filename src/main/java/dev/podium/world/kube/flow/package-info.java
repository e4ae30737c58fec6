/**
 * The client side of the control plane in the simulated cluster: client-go's token bucket per client (QPS, burst)
 * with its "Waited for … due to client-side throttling" message, API Priority and Fairness in the API server
 * (priority levels with seats, queues, 429 with Retry-After) and leader election with a coordination.k8s.io Lease.
 * Part of the kube world; wired by {@code KubeCluster}; its events are in {@code flow.event}.
 */
package dev.podium.world.kube.flow;

/**
 * Traffic in the simulated Kubernetes world: the EndpointSlice controller following pod readiness, each node's
 * kube-proxy with its own lagging copy of the slices (iptables random or IPVS round-robin), Ingress host and path
 * rules, and a client whose requests become events (a sample of them drawn as packets, all of them counted). See
 * {@code docs/kube-fidelity.md}, "Traffic". Kernel thread only.
 */
package dev.podium.world.kube.traffic;

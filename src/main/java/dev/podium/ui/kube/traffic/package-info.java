/**
 * The Kubernetes view's traffic tab: client, Ingress, Services with their EndpointSlices and per-Service numbers,
 * endpoint pods with each node's kube-proxy rules, and sampled requests drawn as packets. FX thread only.
 */
package dev.podium.ui.kube.traffic;

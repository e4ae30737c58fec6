/** The Kubernetes view's API tab: API clients and their token buckets, API Priority and Fairness, the Lease. */
package dev.podium.ui.kube.flow;

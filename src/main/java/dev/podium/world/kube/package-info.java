/**
 * The Kubernetes world: nodes, pods, Deployments, ReplicaSets, HPAs and Services, the simulated
 * control plane (API server, scheduler, kubelets, controllers), and the informer, workqueue and
 * reconcile pipeline. May import the engine and the timeline only.
 */
package dev.podium.world.kube;

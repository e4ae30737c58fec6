/**
 * ConfigMaps and Secrets in the Kubernetes world: which version each container's volumes, env variables and subPath
 * mounts hold, when the kubelet's periodic sync brings an update to a volume ({@link
 * dev.podium.world.kube.config.ConfigSync}), and the state and fold the views read. Values never leave the manifests.
 */
package dev.podium.world.kube.config;

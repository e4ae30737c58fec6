/**
 * Custom resources in the Kubernetes world: CustomResourceDefinitions and their objects, operators described in a
 * scenario (running through the same informer → workqueue → reconcile pipeline as the built-in controllers), and
 * the garbage collector that deletes or orphans owned objects when their owner goes.
 */
package dev.podium.world.kube.custom;

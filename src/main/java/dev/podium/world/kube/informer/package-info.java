/**
 * client-go's machinery, simulated step by step so a view can draw it: a reflector that LISTs then WATCHes, a
 * DeltaFIFO, an indexer cache with named indexes, event handlers, a rate-limited workqueue with its dirty and
 * processing sets, and controller workers that reconcile one key at a time.
 */
package dev.podium.world.kube.informer;

/**
 * The Go runtime world's events ({@link dev.podium.world.goruntime.event.GoEvent} and its records): what views,
 * recordings and the projection see of a program running on the simulated runtime.
 */
package dev.podium.world.goruntime.event;

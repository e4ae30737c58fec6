/** Events of ConfigMaps and Secrets reaching pods (see {@link dev.podium.world.kube.config.event.ConfigEvent}). */
package dev.podium.world.kube.config.event;

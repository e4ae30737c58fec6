/**
 * The garbage-collection world's view: {@link dev.podium.ui.gc.GcView} (a strip of big numbers, the heap as a grid
 * of regions coloured by kind, a pause timeline and a latency panel on one time axis) and
 * {@link dev.podium.ui.gc.GcNarrator} (sentences in English and Simplified Chinese). Layout, scales, figures and
 * the inspector are toolkit-free classes tested with plain JUnit; only the painters, the header and the palette
 * touch JavaFX. FX thread only.
 */
package dev.podium.ui.gc;

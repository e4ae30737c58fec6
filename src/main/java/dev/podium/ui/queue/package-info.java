/**
 * The queue world's view: {@link dev.podium.ui.queue.QueueView} (header of big numbers, animated stage,
 * live queue-length plot) and {@link dev.podium.ui.queue.QueueNarrator} (sentences in English and
 * Simplified Chinese). Layout, motion and the plot's series are toolkit-free classes tested with plain
 * JUnit; only the painters, the header and the palette touch JavaFX. FX thread only.
 */
package dev.podium.ui.queue;

/**
 * The Go runtime world's view: {@link dev.podium.ui.goruntime.GoView} (the scheduler with its Ps, Ms and run queues,
 * the channels, sync objects and context tree, the program's source with each goroutine's line, and its output),
 * {@link dev.podium.ui.goruntime.GoNarrator} (a sentence for every event, in English and Simplified Chinese) and
 * {@link dev.podium.ui.goruntime.GoRuntimeUi}, the descriptor. Everything is drawn on canvases from the state folded
 * at the playhead; level of detail turns long queues into counts and bars, so 100,000 goroutines cost no more to
 * draw than a hundred. FX thread only.
 */
package dev.podium.ui.goruntime;

/**
 * The Kubernetes world's view: {@link dev.podium.ui.kube.KubeView} (cluster, reconcile loop and events tabs) and
 * {@link dev.podium.ui.kube.KubeNarrator} (a sentence for every kube event in English and Simplified Chinese).
 * Layout, level of detail, hit-testing, pod placement and motion are toolkit-free classes tested with plain JUnit;
 * the painters draw on canvases (no JavaFX node per pod). FX thread only.
 */
package dev.podium.ui.kube;

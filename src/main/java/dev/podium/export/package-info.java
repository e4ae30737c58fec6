/**
 * Clips and pictures for slides, without a toolkit: the frame plan of a time range ({@link ClipPlan}), the export
 * loop ({@link ClipExport}) that asks a {@link FrameSource} for each frame and hands it to an encoder, and the
 * encoders (PNG and GIF through {@code javax.imageio}, MP4 H.264 through jcodec). Frames are plain ARGB arrays; the
 * UI side ({@code dev.podium.ui.export}) makes them from snapshots of the stage. Imports the timeline only (for the
 * narration cues of captions); nothing here imports JavaFX, and nothing else imports jcodec.
 */
package dev.podium.export;

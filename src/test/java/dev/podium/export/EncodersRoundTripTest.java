package dev.podium.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.jcodec.api.FrameGrab;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.model.Picture;
import org.jcodec.scale.AWTUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The encoders without a toolkit: synthetic frames out, the file decoded back. */
class EncodersRoundTripTest {
    private static final long S = 1_000_000_000L;
    private static final FrameSource MOVING = t -> TestFrames.frame(96, 64, (int) (t / S));

    @TempDir
    Path dir;

    @Test
    void gifHasEveryFrameTheirDelaysAddUpAndItLoops() throws Exception {
        Path file = dir.resolve("clip.gif");
        ClipPlan plan = new ClipPlan(0, 20 * S, 10, 15); // 2 s of video, 30 frames
        List<Integer> progress = new ArrayList<>();
        ClipExport.Result result = ClipExport.write(ExportFormat.GIF, plan, MOVING, file,
                (done, total) -> progress.add(done), () -> false);
        assertEquals(30, result.frames());
        assertEquals(30, progress.size());

        List<BufferedImage> frames = new ArrayList<>();
        int centis = 0;
        boolean loops = false;
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReadersBySuffix("gif").next();
            reader.setInput(in);
            int n = reader.getNumImages(true);
            for (int i = 0; i < n; i++) {
                frames.add(reader.read(i));
                IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(i)
                        .getAsTree("javax_imageio_gif_image_1.0");
                IIOMetadataNode control = (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension")
                        .item(0);
                centis += Integer.parseInt(control.getAttribute("delayTime"));
                loops |= root.getElementsByTagName("ApplicationExtension").getLength() > 0;
            }
        }
        assertEquals(30, frames.size());
        assertEquals(200, centis, "30 frames at 15 fps last 2 s");
        assertTrue(loops, "the NETSCAPE2.0 loop extension is there");
        for (int i : new int[] {0, 29}) {
            Frame expected = MOVING.frameAt(plan.timeOf(i));
            assertEquals(96, frames.get(i).getWidth());
            assertEquals(64, frames.get(i).getHeight());
            assertTrue(worstDistance(expected, frames.get(i)) <= 8, "frame " + i);
        }
    }

    @Test
    void mp4DecodesToTheFramesWithinLossyTolerance() throws Exception {
        Path file = dir.resolve("clip.mp4");
        ClipPlan plan = new ClipPlan(0, 10 * S, 10, 10); // 1 s, 10 frames
        ClipExport.write(ExportFormat.MP4, plan, MOVING, file, ExportProgress.NONE, () -> false);

        List<BufferedImage> frames = new ArrayList<>();
        FrameGrab grab = FrameGrab.createFrameGrab(NIOUtils.readableChannel(file.toFile()));
        for (Picture p = grab.getNativeFrame(); p != null; p = grab.getNativeFrame()) {
            frames.add(AWTUtil.toBufferedImage(p));
        }
        assertEquals(10, frames.size());
        for (int i : new int[] {0, 9}) {
            BufferedImage decoded = frames.get(i);
            assertEquals(96, decoded.getWidth());
            assertEquals(64, decoded.getHeight());
            double mean = meanDistance(MOVING.frameAt(plan.timeOf(i)), decoded);

            assertTrue(mean < 8, "frame " + i + " mean channel error " + mean); // sharp synthetic edges on a tiny frame
        }
        // A flat fill keeps its colour in the key frame (where a range mix-up shows: whites glare, darks crush).
        BufferedImage key = frames.get(0);
        assertTrue(TestFrames.distance(0xfff4f4f0, key.getRGB(45, 40)) <= 4, Integer.toHexString(key.getRGB(45, 40)));
        assertTrue(TestFrames.distance(0xff2563eb, key.getRGB(28, 10)) <= 6, Integer.toHexString(key.getRGB(28, 10)));
        // The first and last frame differ (the bar moved), and each matches its own source better than the other's.
        Frame first = MOVING.frameAt(plan.timeOf(0));
        assertTrue(meanDistance(first, frames.get(0)) < meanDistance(first, frames.get(9)));
    }

    @Test
    void cancellingRemovesThePartialFile() throws IOException {
        Path file = dir.resolve("cancelled.mp4");
        int[] calls = {0};
        assertThrows(ExportCancelledException.class, () -> ClipExport.write(ExportFormat.MP4,
                new ClipPlan(0, 10 * S, 1, 10), MOVING, file, ExportProgress.NONE, () -> ++calls[0] > 3));
        assertFalse(Files.exists(file));
    }

    static int worstDistance(Frame expected, BufferedImage actual) {
        int worst = 0;
        for (int y = 0; y < expected.height(); y++) {
            for (int x = 0; x < expected.width(); x++) {
                worst = Math.max(worst, TestFrames.distance(expected.pixel(x, y), actual.getRGB(x, y)));
            }
        }
        return worst;
    }

    static double meanDistance(Frame expected, BufferedImage actual) {
        long total = 0;
        for (int y = 0; y < expected.height(); y++) {
            for (int x = 0; x < expected.width(); x++) {
                total += TestFrames.distance(expected.pixel(x, y), actual.getRGB(x, y));
            }
        }
        return (double) total / (expected.width() * expected.height());
    }
}

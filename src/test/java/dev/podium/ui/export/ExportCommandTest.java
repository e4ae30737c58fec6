package dev.podium.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.cli.PodiumCli;
import dev.podium.export.Frame;
import dev.podium.scenario.ScenarioLoader;
import dev.podium.scenario.ScenarioRun;
import dev.podium.ui.common.Theme;
import dev.podium.ui.playback.SimulationPlayback;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.jcodec.api.FrameGrab;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.model.Picture;
import org.jcodec.scale.AWTUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code podium export} as a user runs it (headless, Monocle): the files it writes are decoded back and their first
 * and last frames compared with a snapshot of the stage drawn at the same times.
 */
class ExportCommandTest {
    private static final long S = 1_000_000_000L;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int podium(String... args) {
        return PodiumCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void helpExitsZeroAndNamesTheOptions() {
        assertEquals(0, podium("export", "--help"));
        for (String option : List.of("--from", "--to", "--speed", "--out", "--png", "--gif", "--scale", "--fps",
                "--[no-]captions")) {
            assertTrue(out.toString().contains(option), option);
        }
        assertEquals(0, podium("--help"));
        assertTrue(out.toString().contains("export"), "the top-level help lists export");
    }

    @Test
    void mp4HasThePlannedFramesAndItsFirstAndLastMatchTheStage() throws Exception {
        Path file = dir.resolve("clip.mp4");
        assertEquals(0, podium("export", "queueing-basics", "--from", "10s", "--to", "20s", "--speed", "5", "--fps",
                "10", "--size", "320x180", "--no-captions", "--out", file.toString()), err.toString());
        assertTrue(out.toString().contains("20 frames of 320x180"), out.toString());

        List<BufferedImage> frames = new ArrayList<>();
        FrameGrab grab = FrameGrab.createFrameGrab(NIOUtils.readableChannel(file.toFile()));
        for (Picture p = grab.getNativeFrame(); p != null; p = grab.getNativeFrame()) {
            frames.add(AWTUtil.toBufferedImage(p));
        }
        assertEquals(20, frames.size(), "2 s of video at 10 fps");
        assertEquals(320, frames.get(0).getWidth());
        assertEquals(180, frames.get(0).getHeight());
        // 10 s of simulated time at 5x over 20 frames: frame i is at 10 s + i × 0.5 s, the last at 19.5 s.
        Frame first = stageAt(10 * S, 320, 180);
        Frame last = stageAt(19 * S + S / 2, 320, 180);
        assertTrue(Images.meanDistance(first, last) > 0.5, "the stage changed over the range");
        assertTrue(Images.meanDistance(first, frames.get(0)) < 6, "first " + Images.meanDistance(first, frames.get(0)));
        assertTrue(Images.meanDistance(last, frames.get(19)) < 6, "last " + Images.meanDistance(last, frames.get(19)));
        assertTrue(Images.meanDistance(last, frames.get(19)) < Images.meanDistance(first, frames.get(19)),
                "the last frame is the stage at the end, not at the start");
    }

    @Test
    void gifHasThePlannedFramesAndItsFirstAndLastMatchTheStage() throws Exception {
        Path file = dir.resolve("clip.gif");
        assertEquals(0, podium("export", "queueing-basics", "--from", "10s", "--to", "20s", "--speed", "10",
                "--fps", "10", "--size", "320x180", "--no-captions", "--out", file.toString()), err.toString());
        List<BufferedImage> frames = new ArrayList<>();
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReadersBySuffix("gif").next();
            reader.setInput(in);
            for (int i = 0, n = reader.getNumImages(true); i < n; i++) {
                frames.add(reader.read(i));
            }
        }
        assertEquals(10, frames.size());
        assertEquals(320, frames.get(9).getWidth());
        assertEquals(180, frames.get(9).getHeight());
        assertTrue(Images.meanDistance(stageAt(10 * S, 320, 180), frames.get(0)) < 2);
        assertTrue(Images.meanDistance(stageAt(19 * S, 320, 180), frames.get(9)) < 2);
    }

    @Test
    void pngAtScaleTwoIsTwiceAsLargeAsTheStage() throws Exception {
        Path file = dir.resolve("slide.png");
        assertEquals(0, podium("export", "queueing-basics", "--at", "30s", "--scale", "2", "--size", "320x180",
                "--out", file.toString()), err.toString());
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(640, image.getWidth());
        assertEquals(360, image.getHeight());
    }

    @Test
    void badCommandLinesAndLessonsAreRefusedWithAReason() {
        Path file = dir.resolve("x.mp4");
        assertEquals(PodiumCli.USAGE_PROBLEM, podium("export", "queueing-basics", "--to", "100h", "--out",
                file.toString()));
        assertTrue(err.toString().contains("past its end"), err.toString());
        assertEquals(PodiumCli.USAGE_PROBLEM, podium("export", "queueing-basics", "--from", "ten", "--out",
                file.toString()));
        assertTrue(err.toString().contains("--from"), err.toString());
        assertEquals(PodiumCli.USAGE_PROBLEM, podium("export", "queueing-basics", "--out", dir.resolve("x.avi")
                .toString()));
        assertTrue(err.toString().contains(".mp4, .gif or .png"), err.toString());
        assertEquals(PodiumCli.INPUT_PROBLEM, podium("export", dir.resolve("missing.yaml").toString(), "--out",
                file.toString()));
        assertFalse(Files.exists(file));
    }

    private static Frame stageAt(long t, int width, int height) throws Exception {
        return FxThread.call(() -> {
            try {
                ScenarioRun run = ScenarioRun.start(ScenarioLoader.loadBuiltIn("queueing-basics.yaml"));
                return new StageRenderer(new SimulationPlayback(run), width, height, 1, Theme.Kind.LIGHT, null)
                        .frameAt(t);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}

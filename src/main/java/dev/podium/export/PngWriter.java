package dev.podium.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Writes one frame as a PNG (opaque RGB), through a temp file moved into place. */
public final class PngWriter {
    private PngWriter() {
    }

    public static void write(Frame frame, Path file) throws IOException {
        BufferedImage image = new BufferedImage(frame.width(), frame.height(), BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, frame.width(), frame.height(), frame.argb(), 0, frame.width());
        Path absolute = file.toAbsolutePath();
        Path temp = Files.createTempFile(absolute.getParent(), ".podium-export", ".png");
        try {
            if (!ImageIO.write(image, "png", temp.toFile())) {
                throw new IOException("this Java has no PNG writer");
            }
            Files.move(temp, absolute, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}

package dev.podium.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * An animated GIF through {@code javax.imageio}'s GIF writer: each frame gets its own palette
 * ({@link PaletteQuantizer}) and a delay; the first carries the NETSCAPE2.0 extension that makes players loop
 * forever. GIF delays are whole hundredths of a second, so frame delays are rounded with the error carried
 * forward: at 15 fps they go 7, 7, 6, … and the clip keeps its length.
 */
public final class GifEncoder implements ClipEncoder {
    private static final String FORMAT = "javax_imageio_gif_image_1.0";

    private final ImageWriter writer;
    private final ImageOutputStream out;
    private final int fps;
    private final PaletteQuantizer quantizer = new PaletteQuantizer();
    private long frames;
    private long centisWritten;
    private int width = -1;
    private int height = -1;
    private boolean closed;

    public GifEncoder(Path file, int fps) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersBySuffix("gif");
        if (!writers.hasNext()) {
            throw new IOException("this Java has no GIF writer");
        }
        this.writer = writers.next();
        Files.deleteIfExists(file);
        this.out = ImageIO.createImageOutputStream(file.toFile());
        if (out == null) {
            throw new IOException("cannot write " + file);
        }
        this.fps = fps;
        writer.setOutput(out);
        writer.prepareWriteSequence(null);
    }

    @Override
    public void add(Frame frame) throws IOException {
        if (width < 0) {
            width = frame.width();
            height = frame.height();
        } else if (frame.width() != width || frame.height() != height) {
            throw new IOException("frame " + frames + " is " + frame.width() + "x" + frame.height() + ", not "
                    + width + "x" + height);
        }
        PaletteQuantizer.Indexed indexed = quantizer.reduce(frame);
        BufferedImage image = image(indexed);
        ImageWriteParam param = writer.getDefaultWriteParam();
        IIOMetadata metadata = writer.getDefaultImageMetadata(new ImageTypeSpecifier(image), param);
        frames++;
        long centisDue = Math.round(frames * 100.0 / fps);
        int delay = (int) Math.max(1, centisDue - centisWritten);
        centisWritten += delay;
        annotate(metadata, delay, frames == 1);
        writer.writeToSequence(new IIOImage(image, null, metadata), param);
    }

    private static BufferedImage image(PaletteQuantizer.Indexed indexed) {
        int[] rgb = indexed.paletteRgb();
        int bits = 1;
        while ((1 << bits) < rgb.length) {
            bits++;
        }
        IndexColorModel model = new IndexColorModel(Math.max(1, bits), rgb.length, rgb, 0, false, -1,
                java.awt.image.DataBuffer.TYPE_BYTE);
        BufferedImage image = new BufferedImage(indexed.width(), indexed.height(), BufferedImage.TYPE_BYTE_INDEXED,
                model);
        byte[] target = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        System.arraycopy(indexed.indices(), 0, target, 0, target.length);
        return image;
    }

    private static void annotate(IIOMetadata metadata, int delayCentis, boolean first) throws IIOInvalidTreeException {
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(FORMAT);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(delayCentis));
        control.setAttribute("transparentColorIndex", "0");
        if (first) {
            IIOMetadataNode extensions = child(root, "ApplicationExtensions");
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, 0, 0}); // sub-block 1, loop count 0 = forever
            extensions.appendChild(loop);
        }
        metadata.setFromTree(FORMAT, root);
    }

    private static IIOMetadataNode child(IIOMetadataNode parent, String name) {
        for (int i = 0; i < parent.getLength(); i++) {
            if (parent.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) parent.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        parent.appendChild(node);
        return node;
    }

    @Override
    public void finish() throws IOException {
        writer.endWriteSequence();
        close();
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        writer.dispose();
        out.close();
    }
}

package dev.podium.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jcodec.api.SequenceEncoder;
import org.jcodec.common.Codec;
import org.jcodec.common.Format;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.io.SeekableByteChannel;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Picture;
import org.jcodec.common.model.Rational;

/**
 * An MP4 video (ISO base media file, H.264 video, no sound) through jcodec's pure-Java encoder. H.264 samples
 * colour at half resolution, so a frame of odd width or height loses its last column or row.
 *
 * <p>Colour: players read an H.264 stream that does not say otherwise as BT.601 limited range (Y 16–235). jcodec
 * converts RGB to YUV itself, in full range and with a luma weight of 15/256 for blue where BT.601 has 29/256, so
 * fed plain RGB a clip glares (whites clip, darks crush) and blues go dark. Each pixel is therefore first moved by
 * {@link #PRECOMPENSATE}, the 3×3 map that makes jcodec's conversion of the moved pixel equal BT.601 limited range
 * of the real one (a saturated colour that would leave 0–255 is clamped, a change of a few levels).
 */
public final class Mp4Encoder implements ClipEncoder {
    /** jcodec's RGB to YUV (rows Y, U, V over R, G, B, each /256), from {@code org.jcodec.scale.RgbToYuv420j}. */
    private static final double[][] JCODEC = {{77, 150, 15}, {-43, -85, 128}, {128, -107, -21}};
    /** BT.601 limited range, rows Y, U, V over R, G, B (each /255); Y has 16 added. */
    private static final double[][] BT601 = {{65.481, 128.553, 24.966}, {-37.797, -74.203, 112.0},
        {112.0, -93.786, -18.214}};
    /** The map to apply before jcodec: 3×3 over R, G, B, then a constant per channel (fourth column). */
    static final double[][] PRECOMPENSATE = precompensation();

    private final SeekableByteChannel channel;
    private final SequenceEncoder encoder;
    private Picture picture;
    private int width = -1;
    private int height = -1;
    private long frames;

    public Mp4Encoder(Path file, int fps) throws IOException {
        Files.deleteIfExists(file);
        this.channel = NIOUtils.writableChannel(file.toFile());
        this.encoder = new SequenceEncoder(channel, Rational.R(fps, 1), Format.MOV, Codec.H264, null);
    }

    @Override
    public void add(Frame frame) throws IOException {
        if (width < 0) {
            width = frame.width() & ~1;
            height = frame.height() & ~1;
            if (width == 0 || height == 0) {
                throw new IOException("an H.264 frame needs at least 2x2 pixels, not " + frame.width() + "x"
                        + frame.height());
            }
            picture = Picture.create(width, height, ColorSpace.RGB);
        } else if ((frame.width() & ~1) != width || (frame.height() & ~1) != height) {
            throw new IOException("frame " + frames + " is " + frame.width() + "x" + frame.height() + ", not "
                    + width + "x" + height);
        }
        byte[] rgb = picture.getPlaneData(0);
        double[][] m = PRECOMPENSATE;
        int[] argb = frame.argb();
        int o = 0;
        for (int y = 0; y < height; y++) {
            int row = y * frame.width();
            for (int x = 0; x < width; x++) {
                int p = argb[row + x];
                int r = (p >> 16) & 0xff;
                int g = (p >> 8) & 0xff;
                int b = p & 0xff;
                for (int c = 0; c < 3; c++) {
                    double v = m[c][0] * r + m[c][1] * g + m[c][2] * b + m[c][3];
                    rgb[o++] = (byte) (Math.max(0, Math.min(255, (int) Math.round(v))) - 128);
                }
            }
        }
        encoder.encodeNativeFrame(picture);
        frames++;
    }

    /** inverse(JCODEC/256) × (BT601/255, plus 16 on Y). */
    private static double[][] precompensation() {
        double[][] j = new double[3][3];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                j[r][c] = JCODEC[r][c] / 256;
            }
        }
        double[][] inv = inverse(j);
        double[][] out = new double[3][4];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                for (int k = 0; k < 3; k++) {
                    out[r][c] += inv[r][k] * BT601[k][c] / 255;
                }
            }
            out[r][3] = inv[r][0] * 16;
        }
        return out;
    }

    private static double[][] inverse(double[][] a) {
        double det = a[0][0] * (a[1][1] * a[2][2] - a[1][2] * a[2][1])
                - a[0][1] * (a[1][0] * a[2][2] - a[1][2] * a[2][0])
                + a[0][2] * (a[1][0] * a[2][1] - a[1][1] * a[2][0]);
        double[][] inv = new double[3][3];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                int r1 = (c + 1) % 3;
                int r2 = (c + 2) % 3;
                int c1 = (r + 1) % 3;
                int c2 = (r + 2) % 3;
                inv[r][c] = (a[r1][c1] * a[r2][c2] - a[r1][c2] * a[r2][c1]) / det;
            }
        }
        return inv;
    }

    @Override
    public void finish() throws IOException {
        try {
            encoder.finish();
        } finally {
            channel.close();
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}

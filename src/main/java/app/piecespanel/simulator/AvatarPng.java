package app.piecespanel.simulator;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

/** A small generated profile picture (a coloured disc on a soft background), so no internet is needed. */
final class AvatarPng {
    private static final int SIZE = 64;

    private AvatarPng() {}

    static byte[] render() {
        try {
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            for (int y = 0; y < SIZE; y++) {
                raw.write(0); // filter: none
                for (int x = 0; x < SIZE; x++) {
                    double dx = x - SIZE / 2.0 + 0.5;
                    double dy = y - SIZE / 2.0 + 0.5;
                    boolean inside = dx * dx + dy * dy < (SIZE * 0.42) * (SIZE * 0.42);
                    boolean head = dx * dx + (dy + 8) * (dy + 8) < 100;
                    boolean shoulders = dy > 6 && dx * dx + (dy - 22) * (dy - 22) < 380;
                    int r;
                    int g;
                    int b;
                    if (inside && (head || shoulders)) {
                        r = 250; g = 245; b = 235;
                    } else if (inside) {
                        r = 60 + y; g = 90 + x; b = 180;
                    } else {
                        r = 236; g = 239; b = 244;
                    }
                    raw.write(r);
                    raw.write(g);
                    raw.write(b);
                }
            }
            ByteArrayOutputStream compressed = new ByteArrayOutputStream();
            try (DeflaterOutputStream z = new DeflaterOutputStream(compressed)) {
                z.write(raw.toByteArray());
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
            DataOutputStream h = new DataOutputStream(ihdr);
            h.writeInt(SIZE);
            h.writeInt(SIZE);
            h.writeByte(8); // bit depth
            h.writeByte(2); // colour type: RGB
            h.writeByte(0);
            h.writeByte(0);
            h.writeByte(0);
            chunk(png, "IHDR", ihdr.toByteArray());
            chunk(png, "IDAT", compressed.toByteArray());
            chunk(png, "IEND", new byte[0]);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
        DataOutputStream out = new DataOutputStream(png);
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeInt(data.length);
        out.write(typeBytes);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }
}

package cn.examreg.material.content;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Walks a PNG file chunk by chunk, checks every kept chunk's CRC and copies it without metadata: text chunks
 * (tEXt, zTXt, iTXt), EXIF (eXIf), the modification time and any unknown ancillary chunk are dropped; the image
 * data and the chunks that decide how it looks (palette, transparency, gamma, colour space, ICC profile, pixel
 * size) are kept byte for byte, so the picture is unchanged. Bytes after IEND are dropped.
 */
public final class PngChunks {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final Set<String> KEPT_ANCILLARY = Set.of("tRNS", "gAMA", "cHRM", "sRGB", "iCCP", "sBIT", "bKGD", "pHYs");

    private PngChunks() {
    }

    /** @param complete the file ended with IEND after an IHDR and image data */
    public record Info(int width, int height, boolean complete) {
    }

    public static final class Malformed extends IOException {
        Malformed(String message) {
            super(message);
        }
    }

    public static Info strip(InputStream raw, OutputStream out) throws IOException {
        DataInputStream in = new DataInputStream(raw);
        byte[] signature = in.readNBytes(SIGNATURE.length);
        if (!java.util.Arrays.equals(signature, SIGNATURE)) {
            throw new Malformed("no PNG signature");
        }
        out.write(SIGNATURE);
        int width = 0;
        int height = 0;
        boolean data = false;
        boolean first = true;
        byte[] buffer = new byte[8192];
        try {
            while (true) {
                long length = Integer.toUnsignedLong(in.readInt());
                if (length > Integer.MAX_VALUE) {
                    throw new Malformed("chunk length " + length);
                }
                byte[] typeBytes = in.readNBytes(4);
                if (typeBytes.length < 4) {
                    throw new EOFException();
                }
                String type = new String(typeBytes, StandardCharsets.ISO_8859_1);
                if (!type.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
                    throw new Malformed("chunk type " + type);
                }
                if (first && !"IHDR".equals(type)) {
                    throw new Malformed("IHDR is not the first chunk");
                }
                first = false;
                boolean critical = Character.isUpperCase(type.charAt(0));
                boolean keep = critical || KEPT_ANCILLARY.contains(type);
                CRC32 crc = new CRC32();
                crc.update(typeBytes);
                if (keep) {
                    out.write(intBytes((int) length));
                    out.write(typeBytes);
                }
                if ("IHDR".equals(type)) {
                    if (length != 13) {
                        throw new Malformed("IHDR length " + length);
                    }
                    byte[] ihdr = in.readNBytes(13);
                    if (ihdr.length < 13) {
                        throw new EOFException();
                    }
                    width = toInt(ihdr, 0);
                    height = toInt(ihdr, 4);
                    crc.update(ihdr);
                    out.write(ihdr);
                } else {
                    long left = length;
                    while (left > 0) {
                        int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                        if (n < 0) {
                            throw new EOFException();
                        }
                        crc.update(buffer, 0, n);
                        if (keep) {
                            out.write(buffer, 0, n);
                        }
                        left -= n;
                    }
                }
                int stored = in.readInt();
                if (keep && stored != (int) crc.getValue()) {
                    throw new Malformed("CRC mismatch in " + type);
                }
                if (keep) {
                    out.write(intBytes(stored));
                }
                if ("IDAT".equals(type)) {
                    data = true;
                }
                if ("IEND".equals(type)) {
                    return new Info(width, height, data && width > 0 && height > 0);
                }
            }
        } catch (EOFException e) {
            return new Info(width, height, false);
        }
    }

    private static int toInt(byte[] b, int at) {
        return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }

    private static byte[] intBytes(int v) {
        return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
    }
}

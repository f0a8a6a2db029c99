package cn.examreg.material.content;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Walks a JPEG file marker by marker and copies it without its metadata: EXIF and XMP (APP1), IPTC/Photoshop
 * (APP13), the other application segments and comments are dropped; JFIF (APP0), the ICC colour profile (APP2)
 * and Adobe's colour-transform flag (APP14) are kept, and the compressed image data are copied byte for byte, so
 * the picture is unchanged (lossless) and never grows. Bytes after the end-of-image marker (an appended ZIP, the
 * extra pictures of an MPO) are dropped too.
 *
 * <p>While copying it reads what the checks need: the dimensions and component count from the frame header, the
 * EXIF orientation, and whether the file ends properly (a truncated JPEG has no end-of-image marker).
 */
public final class JpegSegments {
    private static final int SOI = 0xD8;
    private static final int EOI = 0xD9;
    private static final int SOS = 0xDA;
    private static final int APP0 = 0xE0;
    private static final int APP2 = 0xE2;
    private static final int APP14 = 0xEE;
    private static final int COM = 0xFE;

    private JpegSegments() {
    }

    /**
     * What the walk found.
     *
     * @param orientation EXIF orientation 1–8, or 0 when the file has none
     * @param complete    the file ended with the end-of-image marker after at least one scan
     */
    public record Info(int width, int height, int components, int orientation, boolean complete) {
    }

    /** Thrown for a stream that is not a well-formed JPEG (wrong marker, impossible length). */
    public static final class Malformed extends IOException {
        Malformed(String message) {
            super(message);
        }
    }

    /** Copies {@code in} to {@code out} without metadata; returns what it found. Truncation is reported, not thrown. */
    public static Info strip(InputStream in, OutputStream out) throws IOException {
        if (in.read() != 0xFF || in.read() != SOI) {
            throw new Malformed("no start-of-image marker");
        }
        out.write(0xFF);
        out.write(SOI);
        int width = 0;
        int height = 0;
        int components = 0;
        int orientation = 0;
        boolean scanned = false;
        try {
            int marker = nextMarker(in);
            while (true) {
                if (marker == EOI) {
                    out.write(0xFF);
                    out.write(EOI);
                    return new Info(width, height, components, orientation, scanned && width > 0);
                }
                if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                    // standalone markers (TEM, RSTn) outside a scan carry no length
                    out.write(0xFF);
                    out.write(marker);
                    marker = nextMarker(in);
                    continue;
                }
                if (marker == SOI) {
                    throw new Malformed("second start-of-image marker");
                }
                int length = (readByte(in) << 8) | readByte(in);
                if (length < 2) {
                    throw new Malformed("segment length " + length);
                }
                byte[] data = in.readNBytes(length - 2);
                if (data.length < length - 2) {
                    throw new EOFException();
                }
                if (isFrameHeader(marker)) {
                    if (data.length < 6) {
                        throw new Malformed("short frame header");
                    }
                    height = ((data[1] & 0xFF) << 8) | (data[2] & 0xFF);
                    width = ((data[3] & 0xFF) << 8) | (data[4] & 0xFF);
                    components = data[5] & 0xFF;
                }
                if (marker == 0xE1 && orientation == 0) {
                    orientation = exifOrientation(data);
                }
                if (keep(marker, data)) {
                    out.write(0xFF);
                    out.write(marker);
                    out.write(length >> 8);
                    out.write(length & 0xFF);
                    out.write(data);
                }
                if (marker == SOS) {
                    scanned = true;
                    marker = copyScan(in, out);
                } else {
                    marker = nextMarker(in);
                }
            }
        } catch (EOFException e) {
            return new Info(width, height, components, orientation, false);
        }
    }

    /** Copies entropy-coded data (with its byte stuffing and restart markers) and returns the marker after it. */
    private static int copyScan(InputStream in, OutputStream out) throws IOException {
        while (true) {
            int b = readByte(in);
            if (b != 0xFF) {
                out.write(b);
                continue;
            }
            int next = readByte(in);
            while (next == 0xFF) {
                next = readByte(in);
            }
            if (next == 0x00 || (next >= 0xD0 && next <= 0xD7)) {
                out.write(0xFF);
                out.write(next);
            } else {
                return next;
            }
        }
    }

    private static int nextMarker(InputStream in) throws IOException {
        int b = readByte(in);
        if (b != 0xFF) {
            throw new Malformed("expected a marker, found 0x" + Integer.toHexString(b));
        }
        int marker = readByte(in);
        while (marker == 0xFF) {
            marker = readByte(in);
        }
        if (marker == 0x00) {
            throw new Malformed("stuffed byte outside a scan");
        }
        return marker;
    }

    private static int readByte(InputStream in) throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new EOFException();
        }
        return b;
    }

    /** SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC). */
    private static boolean isFrameHeader(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }

    /** Which segments stay: everything but application segments and comments, except JFIF, ICC and Adobe. */
    private static boolean keep(int marker, byte[] data) {
        if (marker == COM) {
            return false;
        }
        if (marker < APP0 || marker > 0xEF) {
            return true;
        }
        return switch (marker) {
            case APP0 -> startsWith(data, "JFIF\0") || startsWith(data, "JFXX\0");
            case APP2 -> startsWith(data, "ICC_PROFILE\0");
            case APP14 -> startsWith(data, "Adobe");
            default -> false;
        };
    }

    /** The orientation tag (0x0112) of IFD0 in an APP1 Exif segment, or 0. */
    static int exifOrientation(byte[] data) {
        if (!startsWith(data, "Exif\0\0") || data.length < 14) {
            return 0;
        }
        int tiff = 6;
        boolean little;
        if (data[tiff] == 'I' && data[tiff + 1] == 'I') {
            little = true;
        } else if (data[tiff] == 'M' && data[tiff + 1] == 'M') {
            little = false;
        } else {
            return 0;
        }
        long ifd = u32(data, tiff + 4, little);
        if (ifd < 8 || tiff + ifd + 2 > data.length) {
            return 0;
        }
        int at = (int) (tiff + ifd);
        int count = u16(data, at, little);
        for (int i = 0; i < count; i++) {
            int entry = at + 2 + i * 12;
            if (entry + 12 > data.length) {
                return 0;
            }
            if (u16(data, entry, little) == 0x0112) {
                int value = u16(data, entry + 8, little);
                return value >= 1 && value <= 8 ? value : 0;
            }
        }
        return 0;
    }

    private static int u16(byte[] d, int at, boolean little) {
        return little ? (d[at] & 0xFF) | ((d[at + 1] & 0xFF) << 8) : ((d[at] & 0xFF) << 8) | (d[at + 1] & 0xFF);
    }

    private static long u32(byte[] d, int at, boolean little) {
        long v = 0;
        for (int i = 0; i < 4; i++) {
            int b = d[at + (little ? 3 - i : i)] & 0xFF;
            v = (v << 8) | b;
        }
        return v;
    }

    private static boolean startsWith(byte[] data, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.ISO_8859_1);
        if (data.length < p.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (data[i] != p[i]) {
                return false;
            }
        }
        return true;
    }
}

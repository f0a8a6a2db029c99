package cn.examreg.material;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/** Files for material tests, made in memory: valid ones of every kind and the broken and hostile ones. */
public final class MaterialFiles {
    public static final String SECRET = "GPS 28.19N 112.97E Zhang San's phone";

    private MaterialFiles() {
    }

    /** A passport-style photo: white background, a head and shoulders (small, well under 40 KB). */
    public static byte[] photo() {
        return jpeg(portrait(295, 413), 0.85f);
    }

    /** A scan-like page of text lines, {@code width} × {@code height}. */
    public static byte[] scan(int width, int height) {
        return jpeg(page(width, height), 0.8f);
    }

    public static byte[] scan() {
        return scan(1200, 850);
    }

    /** A JPEG photo of noise: far over 40 KB at passport-photo dimensions. */
    public static byte[] noisyPhoto() {
        BufferedImage image = new BufferedImage(390, 567, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, random.nextInt(0xFFFFFF));
            }
        }
        return jpeg(image, 0.95f);
    }

    public static byte[] png(int width, int height) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(portrait(width, height), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PNG with a tEXt chunk carrying personal data before the image data. */
    public static byte[] pngWithText(int width, int height) {
        byte[] png = png(width, height);
        // signature (8) + IHDR chunk (4 + 4 + 13 + 4 = 25)
        int at = 8 + 25;
        byte[] text = chunk("tEXt", ("Author\0" + SECRET).getBytes(StandardCharsets.ISO_8859_1));
        return concat(Arrays.copyOfRange(png, 0, at), text, Arrays.copyOfRange(png, at, png.length));
    }

    /**
     * A decompression bomb: a valid PNG header announcing {@code side} × {@code side} grey pixels, with a few
     * kilobytes of deflated zero rows (it would take side² bytes of memory to decode).
     */
    public static byte[] pngBomb(int side) {
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(ihdr);
        try {
            d.writeInt(side);
            d.writeInt(side);
            d.writeByte(8);
            d.writeByte(0);
            d.writeByte(0);
            d.writeByte(0);
            d.writeByte(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Deflater deflater = new Deflater(9);
        byte[] rows = new byte[(side + 1) * 64];
        deflater.setInput(rows);
        deflater.finish();
        byte[] buffer = new byte[rows.length];
        int n = deflater.deflate(buffer);
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        return concat(signature, chunk("IHDR", ihdr.toByteArray()), chunk("IDAT", Arrays.copyOf(buffer, n)),
                chunk("IEND", new byte[0]));
    }

    /** A JPEG with an EXIF segment (orientation and a "GPS" string) and a comment, both personal data. */
    public static byte[] withExif(byte[] jpeg, int orientation) {
        byte[] exif = exif(orientation);
        byte[] app1 = segment(0xE1, exif);
        byte[] com = segment(0xFE, ("comment: " + SECRET).getBytes(StandardCharsets.ISO_8859_1));
        return concat(Arrays.copyOfRange(jpeg, 0, 2), app1, com, Arrays.copyOfRange(jpeg, 2, jpeg.length));
    }

    public static byte[] truncated(byte[] file) {
        return Arrays.copyOf(file, file.length * 2 / 3);
    }

    public static byte[] pdf() {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            PDDocumentInformation info = new PDDocumentInformation();
            info.setAuthor(SECRET);
            doc.setDocumentInformation(info);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] encryptedPdf() {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] html() {
        return "<!DOCTYPE html>\n<html><body><script>fetch('/api/v1/candidates/me')</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] svg() {
        return ("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"295\" height=\"413\">"
                + "<script>alert(document.cookie)</script><rect width=\"295\" height=\"413\" fill=\"white\"/></svg>")
                .getBytes(StandardCharsets.UTF_8);
    }

    public static boolean contains(byte[] haystack, String needle) {
        byte[] n = needle.getBytes(StandardCharsets.ISO_8859_1);
        outer:
        for (int i = 0; i <= haystack.length - n.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (haystack[i + j] != n[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    // ---- helpers ----

    static BufferedImage portrait(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(40, 60, 90));
        g.fillRoundRect(width / 8, height * 2 / 3, width * 3 / 4, height / 2, width / 4, width / 4);
        g.setColor(new Color(230, 190, 160));
        g.fillOval(width / 3, height / 5, width / 3, height * 2 / 5);
        g.setColor(new Color(30, 30, 30));
        g.fillArc(width / 3, height / 6, width / 3, height / 4, 0, 180);
        g.dispose();
        return image;
    }

    static BufferedImage page(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(250, 248, 240));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(150, 20, 20));
        g.setStroke(new BasicStroke(Math.max(2, width / 200f)));
        g.drawRect(width / 20, height / 20, width * 9 / 10, height * 9 / 10);
        g.setColor(Color.DARK_GRAY);
        for (int y = height / 6; y < height * 5 / 6; y += Math.max(12, height / 20)) {
            g.fillRect(width / 8, y, width * 3 / 4 - (y % 97), Math.max(3, height / 120));
        }
        g.dispose();
        return image;
    }

    static byte[] jpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream();
             ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
            ios.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
    }

    /** "Exif\0\0" + a little-endian TIFF header with IFD0 holding the orientation and an ImageDescription. */
    private static byte[] exif(int orientation) {
        byte[] description = (SECRET + "\0").getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
        int entries = 2;
        int dataOffset = 8 + 2 + entries * 12 + 4;
        out.writeBytes(new byte[] {'I', 'I', 42, 0});
        out.writeBytes(le32(8));
        out.writeBytes(le16(entries));
        // 0x010E ImageDescription, ASCII, count, offset
        out.writeBytes(le16(0x010E));
        out.writeBytes(le16(2));
        out.writeBytes(le32(description.length));
        out.writeBytes(le32(dataOffset));
        // 0x0112 Orientation, SHORT, 1, value
        out.writeBytes(le16(0x0112));
        out.writeBytes(le16(3));
        out.writeBytes(le32(1));
        out.writeBytes(le16(orientation));
        out.writeBytes(le16(0));
        out.writeBytes(le32(0));
        out.writeBytes(description);
        return out.toByteArray();
    }

    private static byte[] segment(int marker, byte[] data) {
        int length = data.length + 2;
        return concat(new byte[] {(byte) 0xFF, (byte) marker, (byte) (length >> 8), (byte) length}, data);
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return concat(be32(data.length), typeBytes, data, be32((int) crc.getValue()));
    }

    private static byte[] le16(int v) {
        return new byte[] {(byte) v, (byte) (v >> 8)};
    }

    private static byte[] le32(int v) {
        return new byte[] {(byte) v, (byte) (v >> 8), (byte) (v >> 16), (byte) (v >> 24)};
    }

    private static byte[] be32(int v) {
        return new byte[] {(byte) (v >> 24), (byte) (v >> 16), (byte) (v >> 8), (byte) v};
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}

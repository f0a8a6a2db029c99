package cn.examreg.material.content;

import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Decides what an uploaded file is from its bytes and whether its type accepts it, then writes the copy that is
 * stored: images without metadata (EXIF, XMP, IPTC, comments, PNG text chunks), PDFs without their document
 * information, XMP metadata, open action and document JavaScript. Every check reads the file from disk, never
 * the whole file into memory; image decoding is sub-sampled so a large scan costs a few megabytes at most.
 *
 * <p>Refusals are {@link cn.examreg.common.error.ApiException}s naming the {@code file} field: empty file,
 * size over the type's limit (413), unknown or not accepted format (what the bytes are is named), truncated or
 * undecodable content, too many pixels (a decompression bomb is refused from its header, before decoding),
 * dimensions outside the type's rules, an encrypted PDF.
 */
public final class ContentInspector {
    /** Images above this many pixels are refused from their header (a 40-megapixel scan is plenty). */
    public static final long MAX_PIXELS = 40_000_000L;
    /** Images are decoded sub-sampled to at most about this many pixels (the check reads every byte anyway). */
    static final long DECODE_PIXELS = 2_000_000L;
    /** An EXIF-rotated scan is turned upright at most this large. */
    static final long UPRIGHT_PIXELS = 8_000_000L;
    public static final int MAX_PDF_PAGES = 30;

    private ContentInspector() {
    }

    /**
     * The checked, stripped file.
     *
     * @param file   the copy to store (in the work folder given to {@link #inspect}); the caller deletes it
     * @param sha256 hex SHA-256 of {@code file}
     */
    public record Inspected(Format format, Path file, long size, String sha256, Integer width, Integer height,
                            Integer pages) {
    }

    /** Checks {@code upload} against {@code rules} and writes the copy to store into {@code workDir}. */
    public static Inspected inspect(Path upload, TypeRules rules, Path workDir) throws IOException {
        long size = Files.size(upload);
        if (size == 0) {
            throw Refusal.file("FILE_EMPTY");
        }
        if (size > rules.maxBytes()) {
            throw Refusal.tooLarge(rules.name(), rules.maxBytes(), size);
        }
        byte[] head = new byte[Sniffer.HEAD];
        int read;
        try (InputStream in = Files.newInputStream(upload)) {
            read = in.readNBytes(head, 0, head.length);
        }
        Format format = Sniffer.format(head, read);
        String accepted = rules.formats().stream().sorted().map(Enum::name).collect(Collectors.joining("、"));
        if (format == null) {
            throw Refusal.file("FILE_FORMAT_UNKNOWN", Sniffer.describe(head, read), accepted);
        }
        if (!rules.formats().contains(format)) {
            throw Refusal.file("FILE_FORMAT_NOT_ACCEPTED", rules.name(), accepted, format.name());
        }
        Files.createDirectories(workDir);
        Path out = Files.createTempFile(workDir, "inspect-", "." + format.extension());
        boolean ok = false;
        try {
            Inspected inspected = switch (format) {
                case JPEG -> jpeg(upload, out, rules);
                case PNG -> png(upload, out, rules);
                case PDF -> pdf(upload, out);
            };
            ok = true;
            return inspected;
        } finally {
            if (!ok) {
                Files.deleteIfExists(out);
            }
        }
    }

    // ---- JPEG ----------------------------------------------------------------------------------------------

    private static Inspected jpeg(Path upload, Path out, TypeRules rules) throws IOException {
        JpegSegments.Info info;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(upload), 65536);
             OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 65536)) {
            info = JpegSegments.strip(in, os);
        } catch (JpegSegments.Malformed e) {
            throw Refusal.file("FILE_CORRUPT", "JPEG");
        }
        if (!info.complete() || info.width() <= 0 || info.height() <= 0) {
            throw Refusal.file("FILE_CORRUPT", "JPEG");
        }
        if (info.components() == 4) {
            throw Refusal.file("IMAGE_CMYK");
        }
        checkPixels(info.width(), info.height());
        boolean rotated = info.orientation() > 1;
        if (rotated && !rules.reencodeAllowed()) {
            throw Refusal.file("IMAGE_ORIENTATION", rules.name());
        }
        boolean quarterTurn = info.orientation() >= 5;
        int width = quarterTurn ? info.height() : info.width();
        int height = quarterTurn ? info.width() : info.height();
        checkDimensions(rules, width, height);
        decode(out, "jpeg", info.width(), info.height());
        if (rotated) {
            int[] size = upright(out, info.orientation(), info.width(), info.height());
            width = size[0];
            height = size[1];
        }
        return finish(Format.JPEG, out, width, height, null);
    }

    /** Re-encodes a JPEG with an EXIF orientation turned upright (at most {@link #UPRIGHT_PIXELS}); returns w, h. */
    private static int[] upright(Path file, int orientation, int width, int height) throws IOException {
        BufferedImage image = read(file, "jpeg", subsampling(width, height, UPRIGHT_PIXELS), null);
        int w = image.getWidth();
        int h = image.getHeight();
        AffineTransform t = new AffineTransform();
        switch (orientation) {
            case 2 -> { t.translate(w, 0); t.scale(-1, 1); }
            case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
            case 4 -> { t.translate(0, h); t.scale(1, -1); }
            case 5 -> t.setTransform(0, 1, 1, 0, 0, 0);
            case 6 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
            case 7 -> t.setTransform(0, -1, -1, 0, h, w);
            case 8 -> { t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            default -> { }
        }
        boolean quarterTurn = orientation >= 5;
        BufferedImage turned = new BufferedImage(quarterTurn ? h : w, quarterTurn ? w : h, BufferedImage.TYPE_INT_RGB);
        new AffineTransformOp(t, AffineTransformOp.TYPE_NEAREST_NEIGHBOR).filter(toRgb(image), turned);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(Files.newOutputStream(file))) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.9f);
            writer.write(null, new IIOImage(turned, null, null), param);
        } finally {
            writer.dispose();
        }
        return new int[] {turned.getWidth(), turned.getHeight()};
    }

    private static BufferedImage toRgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = rgb.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return rgb;
    }

    // ---- PNG -----------------------------------------------------------------------------------------------

    private static Inspected png(Path upload, Path out, TypeRules rules) throws IOException {
        PngChunks.Info info;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(upload), 65536);
             OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 65536)) {
            info = PngChunks.strip(in, os);
        } catch (PngChunks.Malformed e) {
            throw Refusal.file("FILE_CORRUPT", "PNG");
        }
        if (!info.complete() || info.width() <= 0 || info.height() <= 0) {
            throw Refusal.file("FILE_CORRUPT", "PNG");
        }
        checkPixels(info.width(), info.height());
        checkDimensions(rules, info.width(), info.height());
        decode(out, "png", info.width(), info.height());
        return finish(Format.PNG, out, info.width(), info.height(), null);
    }

    // ---- images --------------------------------------------------------------------------------------------

    private static void checkPixels(int width, int height) {
        if ((long) width * height > MAX_PIXELS) {
            throw Refusal.file("IMAGE_TOO_MANY_PIXELS", String.valueOf(width), String.valueOf(height),
                    String.valueOf(MAX_PIXELS / 10_000));
        }
    }

    private static void checkDimensions(TypeRules r, int width, int height) {
        boolean widthOk = (r.minWidth() == null || width >= r.minWidth()) && (r.maxWidth() == null || width <= r.maxWidth());
        boolean heightOk = (r.minHeight() == null || height >= r.minHeight())
                && (r.maxHeight() == null || height <= r.maxHeight());
        if (!widthOk || !heightOk) {
            throw Refusal.file("IMAGE_DIMENSIONS", r.name(), range(r.minWidth(), r.maxWidth()),
                    range(r.minHeight(), r.maxHeight()), String.valueOf(width), String.valueOf(height));
        }
        long aspect = Math.round(height * 1000.0 / width);
        if ((r.minAspectPermille() != null && aspect < r.minAspectPermille())
                || (r.maxAspectPermille() != null && aspect > r.maxAspectPermille())) {
            throw Refusal.file("IMAGE_ASPECT", r.name(), ratio(r.minAspectPermille()), ratio(r.maxAspectPermille()),
                    String.valueOf(width), String.valueOf(height));
        }
    }

    private static String range(Integer min, Integer max) {
        if (min != null && max != null) {
            return min + "–" + max;
        }
        if (min != null) {
            return "≥ " + min;
        }
        return max != null ? "≤ " + max : "*";
    }

    private static String ratio(Integer permille) {
        return permille == null ? "*" : java.math.BigDecimal.valueOf(permille, 3).stripTrailingZeros().toPlainString();
    }

    /** Decodes the whole image (sub-sampled); any error or decoder warning means the file is damaged. */
    private static void decode(Path file, String format, int width, int height) {
        List<String> warnings = new ArrayList<>();
        try {
            BufferedImage image = read(file, format, subsampling(width, height, DECODE_PIXELS), warnings);
            if (image == null || !warnings.isEmpty()) {
                throw Refusal.file("FILE_CORRUPT", format.toUpperCase(java.util.Locale.ROOT));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof cn.examreg.common.error.ApiException api) {
                throw api;
            }
            throw Refusal.file("FILE_CORRUPT", format.toUpperCase(java.util.Locale.ROOT));
        }
    }

    static int subsampling(int width, int height, long target) {
        double factor = Math.sqrt((double) width * height / target);
        return Math.max(1, (int) Math.ceil(factor));
    }

    private static BufferedImage read(Path file, String format, int step, List<String> warnings) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new IOException("no " + format + " reader");
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            reader.setInput(in, true, true);
            if (warnings != null) {
                reader.addIIOReadWarningListener((source, message) -> warnings.add(message));
            }
            ImageReadParam param = reader.getDefaultReadParam();
            param.setSourceSubsampling(step, step, 0, 0);
            return reader.read(0, param);
        } finally {
            reader.dispose();
        }
    }

    // ---- PDF -----------------------------------------------------------------------------------------------

    private static Inspected pdf(Path upload, Path out) throws IOException {
        if (!endsWithEof(upload)) {
            throw Refusal.file("FILE_CORRUPT", "PDF");
        }
        int pages;
        try (PDDocument doc = Loader.loadPDF(upload.toFile(), "", IOUtils.createTempFileOnlyStreamCache())) {
            pages = doc.getNumberOfPages();
            if (pages < 1) {
                throw Refusal.file("FILE_CORRUPT", "PDF");
            }
            if (pages > MAX_PDF_PAGES) {
                throw Refusal.file("PDF_TOO_MANY_PAGES", String.valueOf(pages), String.valueOf(MAX_PDF_PAGES));
            }
            if (doc.isEncrypted()) {
                // opened with the empty user password: only the owner's restrictions, which the copy drops
                doc.setAllSecurityToBeRemoved(true);
            }
            doc.setDocumentInformation(new PDDocumentInformation());
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            catalog.setMetadata(null);
            catalog.setOpenAction(null);
            if (catalog.getNames() != null) {
                catalog.getNames().setJavascript(null);
            }
            doc.save(out.toFile());
        } catch (InvalidPasswordException e) {
            throw Refusal.file("PDF_ENCRYPTED");
        } catch (IOException | RuntimeException e) {
            if (e instanceof cn.examreg.common.error.ApiException api) {
                throw api;
            }
            throw Refusal.file("FILE_CORRUPT", "PDF");
        }
        return finish(Format.PDF, out, null, null, pages);
    }

    /** A complete PDF ends with %%EOF (followed by at most a line end or some padding). */
    private static boolean endsWithEof(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long length = raf.length();
            int tail = (int) Math.min(1024, length);
            byte[] bytes = new byte[tail];
            raf.seek(length - tail);
            raf.readFully(bytes);
            return new String(bytes, StandardCharsets.ISO_8859_1).contains("%%EOF");
        }
    }

    // ---- result --------------------------------------------------------------------------------------------

    private static Inspected finish(Format format, Path file, Integer width, Integer height, Integer pages)
            throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return new Inspected(format, file, Files.size(file), HexFormat.of().formatHex(sha.digest()), width, height, pages);
    }
}

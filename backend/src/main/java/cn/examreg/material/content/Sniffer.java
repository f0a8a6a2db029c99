package cn.examreg.material.content;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Names what a file is from its first bytes. Only JPEG, PNG and PDF are accepted; the others are named so the
 * refusal can say what was sent instead (a PNG renamed .jpg, an HTML or SVG page posing as an image, a ZIP …).
 */
public final class Sniffer {
    /** Bytes enough for every signature below. */
    public static final int HEAD = 64;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private Sniffer() {
    }

    /** The accepted format the bytes start with, or null. */
    public static Format format(byte[] head, int length) {
        if (length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
            return Format.JPEG;
        }
        if (startsWith(head, length, PNG)) {
            return Format.PNG;
        }
        if (startsWith(head, length, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Format.PDF;
        }
        return null;
    }

    /** A short name of what the bytes are, for messages: JPEG, PNG, PDF, GIF, WEBP, BMP, TIFF, ZIP, HTML, SVG, XML, TEXT or UNKNOWN. */
    public static String describe(byte[] head, int length) {
        Format format = format(head, length);
        if (format != null) {
            return format.name();
        }
        if (startsWith(head, length, "GIF8".getBytes(StandardCharsets.US_ASCII))) {
            return "GIF";
        }
        if (length >= 12 && startsWith(head, length, "RIFF".getBytes(StandardCharsets.US_ASCII))
                && head[8] == 'W' && head[9] == 'E' && head[10] == 'B' && head[11] == 'P') {
            return "WEBP";
        }
        if (startsWith(head, length, "BM".getBytes(StandardCharsets.US_ASCII))) {
            return "BMP";
        }
        if (startsWith(head, length, new byte[] {'I', 'I', 42, 0}) || startsWith(head, length, new byte[] {'M', 'M', 0, 42})) {
            return "TIFF";
        }
        if (startsWith(head, length, new byte[] {'P', 'K', 3, 4})) {
            return "ZIP";
        }
        String text = new String(head, 0, length, StandardCharsets.ISO_8859_1).replace("\uFEFF", "")
                .replace("\u00EF\u00BB\u00BF", "").stripLeading().toLowerCase(Locale.ROOT);
        if (text.startsWith("<svg") || text.contains("<svg")) {
            return "SVG";
        }
        if (text.startsWith("<!doctype html") || text.startsWith("<html") || text.startsWith("<head")
                || text.startsWith("<body") || text.startsWith("<script")) {
            return "HTML";
        }
        if (text.startsWith("<?xml")) {
            return "XML";
        }
        boolean printable = length > 0;
        for (int i = 0; i < length; i++) {
            int b = head[i] & 0xFF;
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
                printable = false;
                break;
            }
        }
        return printable ? "TEXT" : "UNKNOWN";
    }

    private static boolean startsWith(byte[] head, int length, byte[] prefix) {
        if (length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (head[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

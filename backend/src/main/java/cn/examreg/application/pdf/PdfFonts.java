package cn.examreg.application.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The CJK fonts, parsed once on first use and shared by all documents and threads.
 *
 * <p>Noto Sans SC (SIL Open Font License 1.1) with TrueType outlines, from the Maven artifact
 * {@code com.helger.font:ph-fonts-noto-sans-sc} (its Regular weight only: headings are emboldened by stroking,
 * which saves the 36 MB of heap a second parsed weight would take). Each document embeds only the glyphs it
 * uses (a subset). The system property {@value #REGULAR_PROPERTY} may name a TrueType font file (TTF with glyf
 * outlines) to use instead.
 *
 * <p>Sharing one parsed {@link TrueTypeFont}: FontBox reads a font parsed from a {@code RandomAccessRead} into
 * memory and synchronises the reads it makes later (glyph data, table bytes), and closing it after a subset is a
 * no-op, so documents may subset it concurrently. {@code ApplicationPdfsTest} renders many documents from
 * several threads to keep this true across PDFBox upgrades.
 */
final class PdfFonts {
    static final String REGULAR_PROPERTY = "examreg.pdf.font.regular";
    static final String REGULAR_RESOURCE = "fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";

    private PdfFonts() {
    }

    /** A parsed font and its Unicode cmap. */
    record Face(TrueTypeFont ttf, CmapLookup cmap) {
        boolean covers(int codePoint) {
            return cmap.getGlyphId(codePoint) != 0;
        }
    }

    static Face regular() {
        return Regular.FACE;
    }

    /** Holder class: the font is read on first use, once, under the JVM's class-initialisation lock. */
    private static final class Regular {
        static final Face FACE = load(REGULAR_PROPERTY, REGULAR_RESOURCE);
    }

    private static Face load(String property, String resource) {
        String file = System.getProperty(property);
        try {
            byte[] bytes;
            if (file != null && !file.isBlank()) {
                bytes = Files.readAllBytes(Path.of(file));
            } else {
                ClassLoader loader = PdfFonts.class.getClassLoader();
                try (InputStream in = loader.getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IllegalStateException("Font " + resource + " is not on the class path "
                                + "(dependency com.helger.font:ph-fonts-noto-sans-sc)");
                    }
                    bytes = in.readAllBytes();
                }
            }
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
            return new Face(ttf, ttf.getUnicodeCmapLookup());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load font " + (file != null ? file : resource), e);
        }
    }
}

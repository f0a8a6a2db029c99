package cn.examreg.application.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

import com.google.zxing.common.BitMatrix;

/**
 * A4 pages drawn top-down with a cursor, bordered table rows, wrapped CJK text and vector barcodes.
 * One instance per document, used by one thread.
 */
final class PdfCanvas implements AutoCloseable {
    static final float PAGE_WIDTH = PDRectangle.A4.getWidth();
    static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();
    static final float LEFT = 42f;
    static final float RIGHT = PAGE_WIDTH - 42f;
    static final float WIDTH = RIGHT - LEFT;
    static final float TOP = PAGE_HEIGHT - 36f;
    static final float BOTTOM = 44f;

    static final float LINE = 0.6f;
    static final float PAD = 4f;
    static final float LABEL_GRAY = 0.93f;
    static final float SECTION_GRAY = 0.84f;

    enum Align { LEFT, CENTER, RIGHT }

    enum Kind { LABEL, VALUE, HEADER, SECTION }

    /** One cell of a table row. */
    record Cell(String text, float width, Kind kind, Align align) {
        static Cell label(String text, float width) {
            return new Cell(text, width, Kind.LABEL, Align.CENTER);
        }

        static Cell value(String text, float width) {
            return new Cell(text, width, Kind.VALUE, Align.LEFT);
        }

        static Cell center(String text, float width) {
            return new Cell(text, width, Kind.VALUE, Align.CENTER);
        }

        static Cell header(String text, float width) {
            return new Cell(text, width, Kind.HEADER, Align.CENTER);
        }
    }

    /**
     * A font of this document: the embedded (subset) PDF font, the shared parsed face, and whether it is drawn
     * emboldened (filled and stroked, for headings).
     */
    static final class Font {
        final PDType0Font pd;
        final PdfFonts.Face face;
        final boolean emboldened;
        private final Map<Integer, Float> widths;

        Font(PDType0Font pd, PdfFonts.Face face, boolean emboldened, Map<Integer, Float> widths) {
            this.pd = pd;
            this.face = face;
            this.emboldened = emboldened;
            this.widths = widths;
        }

        /** Width of one code point at size 1000. */
        float advance(int codePoint) {
            return widths.computeIfAbsent(codePoint, cp -> {
                try {
                    return pd.getStringWidth(new String(Character.toChars(cp)));
                } catch (IOException e) {
                    return 1000f;
                }
            });
        }

        float width(String text, float size) {
            float w = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                w += advance(cp);
                i += Character.charCount(cp);
            }
            return w * size / 1000f;
        }
    }

    final PDDocument doc;
    final Font regular;
    final Font bold;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream cs;
    /** The cursor: the top of what is drawn next, in PDF coordinates. */
    float y;

    PdfCanvas(String title) throws IOException {
        doc = new PDDocument();
        PdfFonts.Face face = PdfFonts.regular();
        PDType0Font pd = PDType0Font.load(doc, face.ttf(), true);
        Map<Integer, Float> widths = new HashMap<>();
        regular = new Font(pd, face, false, widths);
        bold = new Font(pd, face, true, widths);
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("examreg");
        doc.getDocumentCatalog().setLanguage("zh-CN");
        newPage();
    }

    int pageCount() {
        return pages.size();
    }

    List<PDPage> pages() {
        return pages;
    }

    PDPageContentStream stream() {
        return cs;
    }

    void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        pages.add(page);
        cs = new PDPageContentStream(doc, page);
        cs.setLineWidth(LINE);
        y = TOP;
    }

    boolean fits(float height) {
        return y - height >= BOTTOM;
    }

    /** Draws on the pages again (footers), after the content is complete. */
    PDPageContentStream append(PDPage page) throws IOException {
        if (cs != null) {
            cs.close();
            cs = null;
        }
        PDPageContentStream s = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true,
                true);
        s.setLineWidth(LINE);
        return s;
    }

    byte[] save() throws IOException {
        if (cs != null) {
            cs.close();
            cs = null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        doc.save(out);
        return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }

    // ---- text ----------------------------------------------------------------------------------------------

    /**
     * Makes text drawable with the font: tabs and control characters become spaces (line breaks are kept for
     * {@link #wrap}), and a character the font lacks becomes □ (or ?), so a rare name character never fails
     * the whole document.
     */
    static String clean(Font font, String text, boolean keepNewlines) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\r') {
                continue;
            }
            if (cp == '\n') {
                sb.append(keepNewlines ? '\n' : ' ');
            } else if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                sb.append(' ');
            } else if (font.face.covers(cp)) {
                sb.appendCodePoint(cp);
            } else {
                sb.append(font.face.covers('□') ? '□' : '?');
            }
        }
        return sb.toString();
    }

    /** Draws one line of text with its baseline at {@code baseline}. */
    void text(Font font, float size, float x, float baseline, String text) throws IOException {
        text(cs, font, size, x, baseline, text);
    }

    static void text(PDPageContentStream s, Font font, float size, float x, float baseline, String text)
            throws IOException {
        String t = clean(font, text, false);
        if (t.isBlank()) {
            return;
        }
        if (font.emboldened) {
            s.saveGraphicsState();
            s.setLineWidth(size * 0.035f);
        }
        s.beginText();
        s.setFont(font.pd, size);
        if (font.emboldened) {
            s.setRenderingMode(RenderingMode.FILL_STROKE);
        }
        s.newLineAtOffset(x, baseline);
        s.showText(t);
        s.endText();
        if (font.emboldened) {
            s.restoreGraphicsState();
        }
    }

    void textAligned(Font font, float size, float x, float width, float baseline, String text, Align align)
            throws IOException {
        String t = clean(font, text, false);
        float w = font.width(t, size);
        float left = switch (align) {
            case LEFT -> x;
            case CENTER -> x + (width - w) / 2;
            case RIGHT -> x + width - w;
        };
        text(font, size, left, baseline, t);
    }

    private static final String CLOSING = "，。、；：？！）》」』】〉”’…,.;:!?)]}%";

    /**
     * Breaks text into lines no wider than {@code maxWidth}: anywhere between Chinese characters, at a space
     * inside Latin words and numbers where possible, and never before closing punctuation (it hangs instead).
     */
    static List<String> wrap(Font font, float size, String text, float maxWidth) {
        List<String> lines = new ArrayList<>();
        String cleaned = clean(font, text, true);
        for (String para : cleaned.split("\n", -1)) {
            List<Integer> line = new ArrayList<>();
            float w = 0;
            int[] cps = para.codePoints().toArray();
            for (int cp : cps) {
                float cw = font.advance(cp) * size / 1000f;
                if (line.isEmpty() && cp == ' ') {
                    continue;
                }
                if (w + cw > maxWidth && !line.isEmpty() && CLOSING.indexOf(cp) < 0) {
                    int cut = line.size();
                    if (isWordChar(cp) && isWordChar(line.get(line.size() - 1))) {
                        for (int k = line.size() - 1; k > 0; k--) {
                            int c = line.get(k);
                            if (c == ' ' || !isWordChar(c)) {
                                cut = k + 1;
                                break;
                            }
                        }
                    }
                    List<Integer> carry = new ArrayList<>(line.subList(cut, line.size()));
                    lines.add(toString(line.subList(0, cut)).stripTrailing());
                    line = carry;
                    w = 0;
                    for (int c : line) {
                        w += font.advance(c) * size / 1000f;
                    }
                    if (cp == ' ' && line.isEmpty()) {
                        continue;
                    }
                }
                line.add(cp);
                w += cw;
            }
            lines.add(toString(line).stripTrailing());
        }
        return lines;
    }

    private static boolean isWordChar(int cp) {
        return cp < 0x80 && (Character.isLetterOrDigit(cp) || cp == '-' || cp == '_' || cp == '@' || cp == '.');
    }

    private static String toString(List<Integer> cps) {
        StringBuilder sb = new StringBuilder();
        cps.forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /** Fitted text of a cell: one line, shrunk down to 80 % if that is enough, or wrapped lines. */
    record Fitted(float size, List<String> lines) {
        float height(float leadingFactor) {
            return lines.size() * size * leadingFactor;
        }
    }

    static Fitted fit(Font font, float size, String text, float maxWidth) {
        String t = clean(font, text, true);
        if (t.indexOf('\n') < 0) {
            float w = font.width(t, size);
            if (w <= maxWidth) {
                return new Fitted(size, List.of(t));
            }
            float shrunk = size * maxWidth / w;
            if (shrunk >= size * 0.8f) {
                return new Fitted((float) Math.floor(shrunk * 10) / 10f, List.of(t));
            }
        }
        return new Fitted(size, wrap(font, size, t, maxWidth));
    }

    static final float LEADING = 1.32f;

    /** Draws fitted lines vertically centred in a box. */
    void lines(Font font, Fitted f, float x, float top, float width, float height, Align align)
            throws IOException {
        float leading = f.size() * LEADING;
        float blockTop = top - (height - f.lines().size() * leading) / 2;
        for (int i = 0; i < f.lines().size(); i++) {
            float centre = blockTop - (i + 0.5f) * leading;
            float baseline = centre - 0.36f * f.size();
            textAligned(font, f.size(), x + PAD, width - 2 * PAD, baseline, f.lines().get(i), align);
        }
    }

    /** A paragraph across {@code width} from the cursor down; breaks the page when needed. */
    void paragraph(Font font, float size, float x, float width, String text, float indent) throws IOException {
        float leading = size * 1.5f;
        for (String line : wrap(font, size, text, width - indent)) {
            if (!fits(leading)) {
                newPage();
            }
            text(font, size, x + indent, y - leading + 0.3f * leading, line);
            y -= leading;
        }
    }

    // ---- tables --------------------------------------------------------------------------------------------

    Font fontOf(Kind kind) {
        return kind == Kind.HEADER || kind == Kind.SECTION ? bold : regular;
    }

    static float sizeOf(Kind kind, float valueSize) {
        return switch (kind) {
            case SECTION -> 10.5f;
            case HEADER, LABEL -> Math.min(valueSize, 9.5f);
            case VALUE -> valueSize;
        };
    }

    float rowHeight(List<Cell> cells, float valueSize, float minHeight) {
        float h = minHeight;
        for (Cell c : cells) {
            float size = sizeOf(c.kind(), valueSize);
            Fitted f = fit(fontOf(c.kind()), size, c.text(), c.width() - 2 * PAD);
            h = Math.max(h, f.height(LEADING) + 2 * PAD);
        }
        return h;
    }

    /** Draws a bordered row at the cursor and moves the cursor below it. The caller handles page breaks. */
    float row(List<Cell> cells, float valueSize, float minHeight) throws IOException {
        return row(LEFT, cells, valueSize, minHeight);
    }

    float row(float left, List<Cell> cells, float valueSize, float minHeight) throws IOException {
        float h = rowHeight(cells, valueSize, minHeight);
        float x = left;
        for (Cell c : cells) {
            float fill = switch (c.kind()) {
                case LABEL, HEADER -> LABEL_GRAY;
                case SECTION -> SECTION_GRAY;
                case VALUE -> 1f;
            };
            if (fill < 1f) {
                cs.setNonStrokingColor(fill);
                cs.addRect(x, y - h, c.width(), h);
                cs.fill();
                cs.setNonStrokingColor(0f);
            }
            cs.addRect(x, y - h, c.width(), h);
            cs.stroke();
            Font font = fontOf(c.kind());
            float size = sizeOf(c.kind(), valueSize);
            lines(font, fit(font, size, c.text(), c.width() - 2 * PAD), x, y, c.width(), h, c.align());
            x += c.width();
        }
        y -= h;
        return h;
    }

    /** A full-width section heading row (e.g. 基本信息). */
    float section(String title) throws IOException {
        return row(List.of(new Cell(title, WIDTH, Kind.SECTION, Align.LEFT)), 11f, 17f);
    }

    // ---- graphics ------------------------------------------------------------------------------------------

    void strokeRect(float x, float yBottom, float w, float h) throws IOException {
        cs.addRect(x, yBottom, w, h);
        cs.stroke();
    }

    void dashedRect(float x, float yBottom, float w, float h) throws IOException {
        cs.setLineDashPattern(new float[] {3f, 2f}, 0f);
        cs.addRect(x, yBottom, w, h);
        cs.stroke();
        cs.setLineDashPattern(new float[0], 0f);
    }

    void line(float x1, float y1, float x2, float y2) throws IOException {
        cs.moveTo(x1, y1);
        cs.lineTo(x2, y2);
        cs.stroke();
    }

    /** Draws the dark modules of a barcode matrix as filled rectangles (vector, sharp at any zoom). */
    void matrix(BitMatrix m, float x, float top, float moduleWidth, float moduleHeight) throws IOException {
        for (int row = 0; row < m.getHeight(); row++) {
            int col = 0;
            while (col < m.getWidth()) {
                if (!m.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < m.getWidth() && m.get(col, row)) {
                    col++;
                }
                cs.addRect(x + start * moduleWidth, top - (row + 1) * moduleHeight, (col - start) * moduleWidth,
                        moduleHeight);
            }
        }
        cs.fill();
    }

    void image(PDImageXObject image, float x, float yBottom, float w, float h) throws IOException {
        cs.drawImage(image, x, yBottom, w, h);
    }
}

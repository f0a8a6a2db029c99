package cn.examreg.material;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.examreg.common.error.ApiException;
import cn.examreg.material.content.ContentInspector;
import cn.examreg.material.content.ContentInspector.Inspected;
import cn.examreg.material.content.FileNames;
import cn.examreg.material.content.Format;
import cn.examreg.material.content.Sizes;
import cn.examreg.material.content.Sniffer;
import cn.examreg.material.content.TypeRules;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.HexFormat;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The content checks on their own: formats from bytes, limits, damage, bombs, metadata removal, file names. */
class MaterialContentTest {
    static final TypeRules PHOTO = new TypeRules("考生照片", EnumSet.of(Format.JPEG), 40960, 150, 800, 180, 1200,
            1200, 1500, false);
    static final TypeRules SCAN = new TypeRules("毕业证书", EnumSet.allOf(Format.class), 5 * 1024 * 1024, 300, null,
            300, null, null, null, true);

    @TempDir
    Path dir;

    private Inspected inspect(byte[] bytes, TypeRules rules) throws IOException {
        Path file = Files.write(dir.resolve("upload-" + System.nanoTime()), bytes);
        return ContentInspector.inspect(file, rules, dir.resolve("work"));
    }

    private String refusal(byte[] bytes, TypeRules rules) {
        ApiException e = assertThrows(ApiException.class, () -> inspect(bytes, rules));
        return e.violations().isEmpty() ? e.code() : e.violations().get(0).rule();
    }

    @Test
    void acceptsAPassportPhotoAndRecordsTheSha256OfTheStoredBytes() throws Exception {
        Inspected photo = inspect(MaterialFiles.photo(), PHOTO);
        assertEquals(Format.JPEG, photo.format());
        assertEquals(295, photo.width());
        assertEquals(413, photo.height());
        byte[] stored = Files.readAllBytes(photo.file());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(stored)), photo.sha256());
        assertEquals(stored.length, photo.size());
    }

    @Test
    void refusesAPngRenamedAsJpegForThePhotoNamingWhatItIs() {
        ApiException e = assertThrows(ApiException.class, () -> inspect(MaterialFiles.png(295, 413), PHOTO));
        assertEquals("FILE_FORMAT_NOT_ACCEPTED", e.violations().get(0).rule());
        assertEquals("PNG", e.violations().get(0).args()[2]);
    }

    @Test
    void refusesAPhotoOver40KbWith413() {
        byte[] big = MaterialFiles.noisyPhoto();
        assertTrue(big.length > 40960, "the test photo should exceed 40 KB: " + big.length);
        ApiException e = assertThrows(ApiException.class, () -> inspect(big, PHOTO));
        assertEquals(413, e.status());
        assertEquals("MATERIAL_TOO_LARGE", e.code());
    }

    @Test
    void refusesTruncatedJpegPngAndPdf() {
        assertEquals("FILE_CORRUPT", refusal(MaterialFiles.truncated(MaterialFiles.photo()), PHOTO));
        assertEquals("FILE_CORRUPT", refusal(MaterialFiles.truncated(MaterialFiles.png(600, 800)), SCAN));
        assertEquals("FILE_CORRUPT", refusal(MaterialFiles.truncated(MaterialFiles.pdf()), SCAN));
    }

    @Test
    void refusesJpegWhoseImageDataAreGarbage() {
        byte[] photo = MaterialFiles.photo();
        // keep the headers, scramble the middle of the entropy-coded data but keep the end marker
        for (int i = photo.length / 2; i < photo.length / 2 + 400; i++) {
            photo[i] = (byte) (photo[i] == (byte) 0xFF ? 0x00 : 0xFF - i % 7);
        }
        String rule = refusal(photo, PHOTO);
        assertEquals("FILE_CORRUPT", rule);
    }

    @Test
    void refusesHtmlAndSvgPosingAsImagesAndSaysWhatTheyAre() {
        ApiException html = assertThrows(ApiException.class, () -> inspect(MaterialFiles.html(), PHOTO));
        assertEquals("FILE_FORMAT_UNKNOWN", html.violations().get(0).rule());
        assertEquals("HTML", html.violations().get(0).args()[0]);
        ApiException svg = assertThrows(ApiException.class, () -> inspect(MaterialFiles.svg(), SCAN));
        assertEquals("SVG", svg.violations().get(0).args()[0]);
    }

    @Test
    void refusesADecompressionBombFromItsHeaderWithoutDecodingIt() {
        byte[] bomb = MaterialFiles.pngBomb(30_000);
        assertTrue(bomb.length < 100_000, "the bomb is small on disk: " + bomb.length);
        long started = System.nanoTime();
        assertEquals("IMAGE_TOO_MANY_PIXELS", refusal(bomb, SCAN));
        assertTrue(System.nanoTime() - started < 2_000_000_000L, "refused without decoding 900 megapixels");
    }

    @Test
    void refusesAnEmptyFile() {
        assertEquals("FILE_EMPTY", refusal(new byte[0], PHOTO));
    }

    @Test
    void checksPhotoDimensionsAndAspect() {
        assertEquals("IMAGE_DIMENSIONS", refusal(MaterialFiles.jpeg(MaterialFiles.portrait(100, 140), 0.8f), PHOTO));
        assertEquals("IMAGE_ASPECT", refusal(MaterialFiles.jpeg(MaterialFiles.portrait(400, 400), 0.8f), PHOTO));
        assertEquals("IMAGE_DIMENSIONS", refusal(MaterialFiles.scan(200, 150), SCAN));
    }

    @Test
    void stripsExifAndCommentsFromJpegWithoutTouchingThePicture() throws Exception {
        byte[] clean = MaterialFiles.photo();
        byte[] tagged = MaterialFiles.withExif(clean, 1);
        assertTrue(MaterialFiles.contains(tagged, MaterialFiles.SECRET));
        Inspected stored = inspect(tagged, PHOTO);
        byte[] bytes = Files.readAllBytes(stored.file());
        assertFalse(MaterialFiles.contains(bytes, MaterialFiles.SECRET), "EXIF and comment removed");
        assertFalse(MaterialFiles.contains(bytes, "Exif"));
        // lossless: exactly the original bytes without the two segments
        assertEquals(clean.length, bytes.length);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        assertEquals(295, image.getWidth());
    }

    @Test
    void turnsAnExifRotatedScanUprightButRefusesARotatedPhoto() throws Exception {
        byte[] sideways = MaterialFiles.withExif(MaterialFiles.scan(1200, 900), 6);
        Inspected upright = inspect(sideways, SCAN);
        assertEquals(900, upright.width());
        assertEquals(1200, upright.height());
        byte[] bytes = Files.readAllBytes(upright.file());
        assertFalse(MaterialFiles.contains(bytes, MaterialFiles.SECRET));
        BufferedImage image = ImageIO.read(upright.file().toFile());
        assertEquals(900, image.getWidth());
        assertEquals("IMAGE_ORIENTATION", refusal(MaterialFiles.withExif(MaterialFiles.photo(), 6), PHOTO));
    }

    @Test
    void stripsPngTextChunks() throws Exception {
        byte[] tagged = MaterialFiles.pngWithText(600, 800);
        assertTrue(MaterialFiles.contains(tagged, MaterialFiles.SECRET));
        Inspected stored = inspect(tagged, SCAN);
        byte[] bytes = Files.readAllBytes(stored.file());
        assertFalse(MaterialFiles.contains(bytes, MaterialFiles.SECRET));
        assertEquals(600, ImageIO.read(stored.file().toFile()).getWidth());
    }

    @Test
    void acceptsPdfScansWithoutTheirDocumentInformationAndRefusesEncryptedOnes() throws Exception {
        Inspected pdf = inspect(MaterialFiles.pdf(), SCAN);
        assertEquals(Format.PDF, pdf.format());
        assertEquals(1, pdf.pages());
        try (PDDocument doc = Loader.loadPDF(pdf.file().toFile())) {
            assertEquals(null, doc.getDocumentInformation().getAuthor());
        }
        assertEquals("PDF_ENCRYPTED", refusal(MaterialFiles.encryptedPdf(), SCAN));
        assertEquals("FILE_FORMAT_NOT_ACCEPTED", refusal(MaterialFiles.pdf(), PHOTO));
    }

    @Test
    void namesFilesSafely() {
        assertEquals("passwd.jpg", FileNames.sanitise("../../../etc/passwd.jpg", Format.JPEG, "photo"));
        assertEquals("evil.jpg", FileNames.sanitise("C:\\Windows\\..\\evil.png", Format.JPEG, "photo"));
        assertEquals("照片.jpg", FileNames.sanitise("照片.jpg", Format.JPEG, "photo"));
        assertEquals("photo.jpg", FileNames.sanitise("..", Format.JPEG, "photo"));
        assertEquals("photo.jpg", FileNames.sanitise(null, Format.JPEG, "photo"));
        assertEquals("ab.pdf", FileNames.sanitise("a\u0000\u202Eb.exe", Format.PDF, "scan"));
        assertEquals(100, FileNames.sanitise("x".repeat(300) + ".jpg", Format.JPEG, "p").length());
        assertEquals("script.png", FileNames.sanitise("<script>.png", Format.PNG, "p"));
    }

    @Test
    void sniffsWhatFilesAre() {
        byte[] gif = "GIF89a....".getBytes();
        assertEquals("GIF", Sniffer.describe(gif, gif.length));
        byte[] zip = {'P', 'K', 3, 4, 0, 0};
        assertEquals("ZIP", Sniffer.describe(zip, zip.length));
        assertNotNull(Sniffer.format(MaterialFiles.pdf(), 8));
        assertEquals("40 KB", Sizes.human(40960));
        assertEquals("5 MB", Sizes.human(5 * 1024 * 1024));
        assertEquals("52.3 KB", Sizes.human(53555));
    }
}

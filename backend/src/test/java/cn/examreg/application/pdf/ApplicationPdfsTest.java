package cn.examreg.application.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;

class ApplicationPdfsTest {
    static final String NUMBER = "202611065000123";
    static final String NAME = "阿依古丽·买买提";
    static final Instant SUBMITTED = Instant.parse("2026-01-12T06:23:05Z"); // 14:23:05 China time
    static final Instant PRINTED = Instant.parse("2026-01-13T01:30:00Z");

    static NoticeData notice(String name) {
        return new NoticeData(NUMBER, "2026110", "临床执业医师", name, "女", "居民身份证", "650102199807153527",
                "新疆维吾尔自治区", "乌鲁木齐市考点", "乌鲁木齐市天山区解放南路 188 号 自治区人事考试中心三楼",
                SUBMITTED, "审核中",
                List.of(new NoticeData.Review("报名点", "审核通过", Instant.parse("2026-01-14T02:10:00Z"), null),
                        new NoticeData.Review("考点", "审核中", null, null),
                        new NoticeData.Review("考区", "待审核", null, null),
                        new NoticeData.Review("国家", "待审核", null, null)),
                LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 20),
                List.of("本人有效身份证件原件及复印件", "本通知单及签字的《医师资格考试报名暨授予医师资格申请表》",
                        "毕业证书原件（新疆医科大学 临床医学 本科）", "试用机构出具的试用期考核合格证明"),
                PRINTED);
    }

    static FormData form(String name, byte[] photo, int educationRows) {
        List<FormData.Education> edu = new ArrayList<>();
        edu.add(new FormData.Education("2016-09", "2021-06", "新疆医科大学", "临床医学", "本科", "全日制",
                "107601202105001234", "学历证书电子注册备案表 A1076012021050012"));
        for (int i = 1; i < educationRows; i++) {
            edu.add(new FormData.Education("2021-09", "2024-06", "首都医科大学附属北京协和医学院第" + i + "临床学院",
                    "内科学（心血管病方向）", "研究生", "全日制", "1002312024000" + i, "教育部学历证书电子注册备案表"));
        }
        return new FormData(NUMBER, "2026110", "临床执业医师",
                new FormData.Person(name, "女", LocalDate.of(1998, 7, 15), "维吾尔族", "中国大陆", "居民身份证",
                        "650102199807153527"),
                photo,
                new FormData.Contact("13899123456", "ayiguli.maimaiti@example.cn", "0991-2345678", "0991-8765432",
                        "新疆维吾尔自治区乌鲁木齐市天山区解放南路 188 号 2 栋 3 单元 401 室", "830000"),
                new FormData.Work("试用期", "新疆维吾尔自治区人民医院", "新疆维吾尔自治区人民医院（三级甲等）", null, "儿科"),
                edu,
                List.of(new FormData.Training("2021-07", "2022-07", "新疆维吾尔自治区人民医院", "试用",
                                "内科、外科、妇产科、儿科轮转"),
                        new FormData.Training("2022-08", null, "新疆医科大学第一附属医院", "规范化培训",
                                "住院医师规范化培训（儿科）")),
                new FormData.Certificate("执业助理医师资格证书", "临床", "2022-12", "202265110650102199807153527",
                        "2023-03", "110650100012345"),
                new FormData.Choice("新疆维吾尔自治区", "乌鲁木齐市考点", 2, List.of("儿科")),
                SUBMITTED, PRINTED);
    }

    static byte[] jpegPhoto() throws IOException {
        BufferedImage img = new BufferedImage(330, 462, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0x3B6FB6));
        g.fillRect(0, 0, 330, 462);
        g.setColor(new Color(0xF1D2B6));
        g.fillOval(95, 90, 140, 180);
        g.fillRect(60, 300, 210, 162);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "jpg", out);
        return out.toByteArray();
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    static String pdftotext(byte[] pdf) throws Exception {
        Process p = new ProcessBuilder("pdftotext", "-layout", "-", "-").redirectErrorStream(true).start();
        p.getOutputStream().write(pdf);
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    static Result decode(byte[] pdf, int page, BarcodeFormat format) throws IOException {
        BufferedImage img;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            img = new PDFRenderer(doc).renderImageWithDPI(page, 200);
        }
        int[] pixels = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(img.getWidth(), img.getHeight(), pixels)));
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(format));
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        try {
            return new MultiFormatReader().decode(bitmap, hints);
        } catch (com.google.zxing.NotFoundException e) {
            throw new AssertionError(format + " not found on page " + page, e);
        }
    }

    /** Every page uses one font: an embedded subset of Noto Sans SC (Type 0, CIDFontType2). */
    static void assertEmbeddedSubsets(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int fonts = 0;
            for (PDPage page : doc.getPages()) {
                for (COSName fontName : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(fontName);
                    assertTrue(font instanceof PDType0Font, font.getName());
                    assertTrue(font.isEmbedded(), font.getName());
                    assertTrue(font.getName().matches("[A-Z]{6}\\+NotoSansSC-Regular"), font.getName());
                    fonts++;
                }
            }
            assertEquals(doc.getNumberOfPages(), fonts);
        }
    }

    static void save(String file, byte[] pdf) throws IOException {
        String dir = System.getProperty("examreg.pdf.out");
        if (dir != null && !dir.isBlank()) {
            Files.createDirectories(Path.of(dir));
            Files.write(Path.of(dir, file), pdf);
        }
    }

    @Test
    void noticeHasTheChineseTextAndLabels() throws Exception {
        byte[] pdf = ApplicationPdfs.notice(notice(NAME));
        save("notice.pdf", pdf);
        assertTrue(new String(pdf, 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));
        String text = text(pdf);
        for (String s : List.of(ApplicationPdfs.NOTICE_TITLE, NAME, NUMBER, "2026110 临床执业医师", "650102199807153527",
                "新疆维吾尔自治区", "乌鲁木齐市考点", "2026-01-12 14:23:05", "报名号", "姓名", "证件号码", "考区", "考点",
                "资格审核状态", "审核通过", "待审核", "注意事项", "2026年3月10日至2026年3月20日", "试用期考核合格证明",
                "打印时间：2026-01-13 09:30")) {
            assertTrue(text.contains(s), () -> "missing «" + s + "» in:\n" + text);
        }
        assertEmbeddedSubsets(pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
        }
        assertTrue(pdf.length < 200_000, "subset font keeps the file small: " + pdf.length);
    }

    @Test
    void noticeQrCodeDecodesToTheApplicationNumber() throws Exception {
        byte[] pdf = ApplicationPdfs.notice(notice(NAME));
        assertEquals(NUMBER, decode(pdf, 0, BarcodeFormat.QR_CODE).getText());
    }

    @Test
    void formHasAllSectionsAndTheSignatureLine() throws Exception {
        byte[] pdf = ApplicationPdfs.form(form(NAME, jpegPhoto(), 2));
        save("form.pdf", pdf);
        String text = text(pdf);
        for (String s : List.of(ApplicationPdfs.FORM_TITLE, NAME, NUMBER, "650102199807153527", "1998-07-15", "维吾尔族",
                "一、基本信息", "二、联系方式", "三、工作情况", "四、学历", "五、培训及试用经历", "六、证书", "七、报考信息",
                "13899123456", "ayiguli.maimaiti@example.cn", "新疆医科大学", "临床医学", "全日制", "新疆维吾尔自治区人民医院",
                "规范化培训", "执业助理医师资格证书", "202265110650102199807153527", "累计报考次数", "2 次", "加试科目",
                "考生签字：", "日期：", "本人郑重承诺", "七、报考信息")) {
            assertTrue(text.contains(s), () -> "missing «" + s + "» in:\n" + text);
        }
        assertFalse(text.contains("近期免冠证件照"), "a photo was given: no placeholder");
        assertEmbeddedSubsets(pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            assertEquals(1, countImages(doc.getPage(0)), "the photo");
        }
    }

    static int countImages(PDPage page) {
        int n = 0;
        for (COSName ignored : page.getResources().getXObjectNames()) {
            n++;
        }
        return n;
    }

    @Test
    void formBarcodeDecodesToTheApplicationNumber() throws Exception {
        byte[] pdf = ApplicationPdfs.form(form(NAME, jpegPhoto(), 2));
        assertEquals(NUMBER, decode(pdf, 0, BarcodeFormat.CODE_128).getText());
    }

    @Test
    void formWithoutPhotoDrawsThePlaceholder() throws Exception {
        byte[] pdf = ApplicationPdfs.form(form("张三", null, 1));
        save("form-no-photo.pdf", pdf);
        String text = text(pdf);
        assertTrue(text.contains("照片"), text);
        assertTrue(text.contains("张三"), text);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(0, countImages(doc.getPage(0)));
        }
    }

    @Test
    void anUnreadablePhotoFallsBackToThePlaceholder() throws Exception {
        byte[] pdf = ApplicationPdfs.form(form("张三", "not a jpeg".getBytes(StandardCharsets.US_ASCII), 1));
        assertTrue(text(pdf).contains("照片"));
    }

    @Test
    void manyEducationRowsContinueOnASecondPageWithTheHeaderRepeated() throws Exception {
        byte[] pdf = ApplicationPdfs.form(form(NAME, jpegPhoto(), 14));
        save("form-long.pdf", pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() >= 2, "pages: " + doc.getNumberOfPages());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String page2 = stripper.getText(doc);
            assertTrue(page2.contains("第 2 页 / 共 " + doc.getNumberOfPages() + " 页"), page2);
            assertTrue(page2.contains("考生签字："), page2);
        }
        String text = text(pdf);
        assertTrue(text.contains("第13临床学院"), text);
    }

    @Test
    void aCharacterTheFontLacksIsReplacedInsteadOfFailing() throws Exception {
        String rare = "王\uD840\uDC00明"; // U+20000 is not in Noto Sans SC
        byte[] notice = ApplicationPdfs.notice(notice(rare));
        byte[] form = ApplicationPdfs.form(form(rare, null, 1));
        assertTrue(text(notice).contains("王□明"));
        assertTrue(text(form).contains("王□明"));
    }

    @Test
    void emptyOptionalValuesStillRender() throws Exception {
        NoticeData n = new NoticeData(NUMBER, null, null, "李四", null, null, null, null, null, null, null, null, null,
                null, null, null, null);
        String text = text(ApplicationPdfs.notice(n));
        assertTrue(text.contains("李四") && text.contains(NUMBER) && text.contains("尚未开始审核"), text);
        FormData f = new FormData(NUMBER, null, null,
                new FormData.Person("李四", null, null, null, null, null, null), null, null, null, null, null, null,
                null, null, null);
        String formText = text(ApplicationPdfs.form(f));
        assertTrue(formText.contains("李四") && formText.contains(NUMBER) && formText.contains("1 次"), formText);
    }

    @Test
    void popplerExtractsTheSameText() throws Exception {
        assumeTrue(onPath("pdftotext"), "poppler-utils (pdftotext) not installed: PDFBox's extraction covers the text");
        String notice = pdftotext(ApplicationPdfs.notice(notice(NAME)));
        assertTrue(notice.contains(NAME) && notice.contains(NUMBER) && notice.contains(ApplicationPdfs.NOTICE_TITLE),
                notice);
        String form = pdftotext(ApplicationPdfs.form(form(NAME, jpegPhoto(), 2)));
        assertTrue(form.contains(NAME) && form.contains(NUMBER) && form.contains("考生签字："), form);
    }

    @Test
    void rendersConcurrentlyFromTheSharedFonts() throws Exception {
        byte[] photo = jpegPhoto();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                String name = i % 2 == 0 ? NAME : "欧阳明" + "甲乙丙丁戊己庚辛壬癸".charAt(i % 10);
                boolean notice = i % 3 == 0;
                results.add(pool.submit(() -> name + "|" + text(notice ? ApplicationPdfs.notice(notice(name))
                        : ApplicationPdfs.form(form(name, photo, 2)))));
            }
            for (Future<String> r : results) {
                String s = r.get(120, TimeUnit.SECONDS);
                String name = s.substring(0, s.indexOf('|'));
                assertTrue(s.substring(s.indexOf('|')).contains(name), name);
                assertTrue(s.contains(NUMBER));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void timing() throws Exception {
        byte[] photo = jpegPhoto();
        NoticeData n = notice(NAME);
        FormData f = form(NAME, photo, 2);
        ApplicationPdfs.warmUp();
        for (int i = 0; i < 10; i++) {
            assertNotNull(ApplicationPdfs.notice(n));
            assertNotNull(ApplicationPdfs.form(f));
        }
        int runs = 20;
        long t0 = System.nanoTime();
        int noticeBytes = 0;
        for (int i = 0; i < runs; i++) {
            noticeBytes = ApplicationPdfs.notice(n).length;
        }
        long t1 = System.nanoTime();
        int formBytes = 0;
        for (int i = 0; i < runs; i++) {
            formBytes = ApplicationPdfs.form(f).length;
        }
        long t2 = System.nanoTime();
        System.out.printf("PDF timing after warm-up: notice %.1f ms (%d bytes), form %.1f ms (%d bytes)%n",
                (t1 - t0) / 1e6 / runs, noticeBytes, (t2 - t1) / 1e6 / runs, formBytes);
    }
}

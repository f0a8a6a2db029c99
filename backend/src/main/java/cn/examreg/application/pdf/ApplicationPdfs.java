package cn.examreg.application.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import cn.examreg.application.pdf.PdfCanvas.Align;
import cn.examreg.application.pdf.PdfCanvas.Cell;

/**
 * The two printable documents of an application, as PDF bytes: the registration success notice
 * (报名成功通知单) and the application form (报名暨授予医师资格申请表).
 *
 * <p>A4, Noto Sans SC embedded as a subset, so the Chinese text shows in any viewer and is extracted as correct
 * Unicode. Thread-safe: the fonts are read once on first use and shared; each call builds its own document.
 * Times are shown in China time (Asia/Shanghai).
 */
public final class ApplicationPdfs {
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final String NOTICE_TITLE = "医师资格考试网上报名成功通知单";
    static final String FORM_TITLE = "医师资格考试报名暨授予医师资格申请表";
    static final String DECLARATION = "本人郑重承诺：以上所填信息及所提交的材料真实、准确、完整，"
            + "如有虚假或隐瞒，本人愿意承担由此产生的一切后果（包括取消考试资格、考试成绩无效等）。";

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter DATE_TIME_SHORT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_ZH = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private static final List<String> DEFAULT_DOCUMENTS = List.of(
            "本人有效身份证件原件",
            "本通知单及本人签字的《医师资格考试报名暨授予医师资格申请表》",
            "学历证书原件（应届毕业生携带学校出具的证明）",
            "试用机构出具的试用期考核合格证明",
            "报名时上传的其他证明材料原件");

    private ApplicationPdfs() {
    }

    /**
     * Reads and parses the font now (about half a second, 36 MB of heap) instead of in the first request.
     * Optional: call it at start-up.
     */
    public static void warmUp() {
        PdfFonts.regular();
    }

    /** Renders the registration success notice (报名成功通知单): A4, one page for the usual data. */
    public static byte[] notice(NoticeData data) {
        try (PdfCanvas c = new PdfCanvas(NOTICE_TITLE)) {
            drawNotice(c, data);
            footers(c, data.applicationNumber(), data.printedAt());
            return c.save();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the notice of " + data.applicationNumber(), e);
        }
    }

    /** Renders the application form (报名暨授予医师资格申请表), A4, usually one page. */
    public static byte[] form(FormData data) {
        try (PdfCanvas c = new PdfCanvas(FORM_TITLE)) {
            drawForm(c, data);
            footers(c, data.applicationNumber(), data.printedAt());
            return c.save();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the form of " + data.applicationNumber(), e);
        }
    }

    /** Renders the payment receipt (缴费凭证) of a paid order: A4, one page, QR of the order number. */
    public static byte[] receipt(ReceiptData data) {
        try (PdfCanvas c = new PdfCanvas("医师资格考试缴费凭证")) {
            drawReceipt(c, data);
            footers(c, data.applicationNumber(), data.printedAt());
            return c.save();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the receipt of " + data.orderNo(), e);
        }
    }

    private static void drawReceipt(PdfCanvas c, ReceiptData d) throws IOException {
        titleWithQr(c, d.orderNo(), "订单号", "医师资格考试缴费凭证", join(" ", d.examCode(), d.examName()));
        float l = 72f;
        float v = (PdfCanvas.WIDTH - 2 * l) / 2;
        float size = 10.5f;
        float min = 24f;
        c.section("缴费信息");
        c.row(List.of(Cell.label("姓名", l), Cell.value(d.name(), v),
                Cell.label("证件号码", l), Cell.value(d.documentNumberMasked(), v)), size, min);
        c.row(List.of(Cell.label("报名号", l), Cell.value(d.applicationNumber(), v),
                Cell.label("考区", l), Cell.value(d.areaName(), v)), size, min);
        c.row(List.of(Cell.label("缴费项目", l), Cell.value(d.feeItem(), v),
                Cell.label("金额", l), Cell.value(yuan(d.amountFen()), v)), size, min);
        c.row(List.of(Cell.label("订单号", l), Cell.value(d.orderNo(), PdfCanvas.WIDTH - l)), size, min);
        c.row(List.of(Cell.label("交易流水号", l), Cell.value(d.transactionId(), PdfCanvas.WIDTH - l)), size, min);
        c.row(List.of(Cell.label("支付渠道", l), Cell.value(d.channel(), v),
                Cell.label("缴费时间", l), Cell.value(beijing(d.paidAt()), v)), size, min);
        c.y -= 14f;
        c.text(c.bold, 12f, PdfCanvas.LEFT, c.y - 12f, "注意事项");
        c.y -= 20f;
        numbered(c, 1, "缴费状态以报名系统中显示的“已缴费”为准。");
        numbered(c, 2, "请妥善保管订单号和交易流水号：办理退费时须提供，无订单号可能导致无法退款。");
        numbered(c, 3, "缴费成功后因个人原因申请退费的，一律不予退费；因考区或考点修改报考信息导致的退费，系统自动推送。");
    }

    /** The centred title and subtitle with a captioned QR code of {@code qrContent} on the right; moves the cursor below. */
    private static void titleWithQr(PdfCanvas c, String qrContent, String caption, String title, String subtitle)
            throws IOException {
        float qrSize = 84f;
        float qrLeft = PdfCanvas.RIGHT - qrSize;
        float top = c.y;
        float module = qr(c, qrContent, qrLeft, top, qrSize);
        // the caption stays outside the quiet zone of 4 modules
        float captionBaseline = top - qrSize - 4 * module - 7f;
        c.textAligned(c.regular, 8f, qrLeft, qrSize, captionBaseline, caption, Align.CENTER);
        c.textAligned(c.bold, 19f, PdfCanvas.LEFT, PdfCanvas.WIDTH, top - 36f, title, Align.CENTER);
        c.textAligned(c.regular, 10.5f, PdfCanvas.LEFT, PdfCanvas.WIDTH, top - 58f, subtitle, Align.CENTER);
        c.y = Math.min(top - qrSize - 22f, captionBaseline - 8f);
    }

    /** ¥289.00 from 28900 fen, without floating point. */
    static String yuan(long fen) {
        return "¥" + (fen / 100) + "." + String.format("%02d", Math.abs(fen % 100));
    }

    // ---- the notice ----------------------------------------------------------------------------------------

    private static void drawNotice(PdfCanvas c, NoticeData d) throws IOException {
        titleWithQr(c, d.applicationNumber(), "扫码查验报名号", NOTICE_TITLE, join(" ", d.examCode(), d.examName()));

        float l = 72f;
        float v = (PdfCanvas.WIDTH - 2 * l) / 2;
        float size = 10.5f;
        float min = 24f;
        c.section("报名信息");
        c.row(List.of(Cell.label("报名号", l), Cell.value(d.applicationNumber(), v),
                Cell.label("报考类别", l), Cell.value(join(" ", d.examCode(), d.examName()), v)), size, min);
        c.row(List.of(Cell.label("姓名", l), Cell.value(d.name(), v),
                Cell.label("性别", l), Cell.value(d.sex(), v)), size, min);
        c.row(List.of(Cell.label("证件类型", l), Cell.value(d.documentType(), v),
                Cell.label("证件号码", l), Cell.value(d.documentNumber(), v)), size, min);
        c.row(List.of(Cell.label("考区", l), Cell.value(d.areaName(), v),
                Cell.label("考点", l), Cell.value(d.siteName(), v)), size, min);
        if (notBlank(d.siteAddress())) {
            c.row(List.of(Cell.label("现场审核地点", l), Cell.value(d.siteAddress(), PdfCanvas.WIDTH - l)), size, min);
        }
        c.row(List.of(Cell.label("提交时间", l), Cell.value(beijing(d.submittedAt()), v),
                Cell.label("报名状态", l), Cell.value(d.status(), v)), size, min);

        c.y -= 10f;
        c.section("资格审核状态");
        float[] w = {90f, 100f, 120f, PdfCanvas.WIDTH - 310f};
        c.row(List.of(Cell.header("审核级别", w[0]), Cell.header("审核状态", w[1]),
                Cell.header("审核时间", w[2]), Cell.header("审核意见", w[3])), size, 22f);
        if (d.reviews().isEmpty()) {
            c.row(List.of(Cell.center("尚未开始审核", PdfCanvas.WIDTH)), size, 22f);
        }
        for (NoticeData.Review r : d.reviews()) {
            c.row(List.of(Cell.center(r.level(), w[0]), Cell.center(r.status(), w[1]),
                    Cell.center(chinaTime(r.decidedAt(), DATE_TIME_SHORT), w[2]), Cell.value(r.remark(), w[3])),
                    size, 22f);
        }

        c.y -= 14f;
        c.text(c.bold, 12f, PdfCanvas.LEFT, c.y - 12f, "注意事项");
        c.y -= 20f;
        String window = d.reviewStart() != null && d.reviewEnd() != null
                ? DATE_ZH.format(d.reviewStart()) + "至" + DATE_ZH.format(d.reviewEnd())
                : d.reviewEnd() != null ? DATE_ZH.format(d.reviewEnd()) + "前" : "考点公布的现场审核时间内";
        String place = orDash(d.siteName()) + (notBlank(d.siteAddress()) ? "（" + d.siteAddress() + "）" : "");
        List<String> docs = d.documentsToBring().isEmpty() ? DEFAULT_DOCUMENTS : d.documentsToBring();
        float indent = 18f;
        numbered(c, 1, "请于" + window + "，本人携带下列材料到" + place + "参加现场审核，逾期未参加现场审核的视为放弃报考：");
        for (int i = 0; i < docs.size(); i++) {
            c.paragraph(c.regular, 10.5f, PdfCanvas.LEFT, PdfCanvas.WIDTH, "（" + (i + 1) + "）" + docs.get(i),
                    indent + 6f);
        }
        numbered(c, 2, "现场审核时须核验本人身份并由本人在《医师资格考试报名暨授予医师资格申请表》上签字确认，"
                + "签字后报名信息不得更改。");
        numbered(c, 3, "资格审核各级结果请登录报名系统查询；审核通过后请在规定的缴费时间内缴纳考试费，逾期未缴费视为放弃考试。");
        numbered(c, 4, "报名号是查询审核、缴费和成绩的依据。本通知单为网上报名成功的凭证，请妥善保管；不作为准考证使用。");
    }

    private static void numbered(PdfCanvas c, int n, String text) throws IOException {
        String prefix = n + ". ";
        float indent = c.regular.width(prefix, 10.5f);
        List<String> lines = PdfCanvas.wrap(c.regular, 10.5f, text, PdfCanvas.WIDTH - indent);
        float leading = 10.5f * 1.5f;
        for (int i = 0; i < lines.size(); i++) {
            if (!c.fits(leading)) {
                c.newPage();
            }
            float baseline = c.y - leading + 0.3f * leading;
            if (i == 0) {
                c.text(c.regular, 10.5f, PdfCanvas.LEFT, baseline, prefix);
            }
            c.text(c.regular, 10.5f, PdfCanvas.LEFT + indent, baseline, lines.get(i));
            c.y -= leading;
        }
        c.y -= 3f;
    }

    // ---- the form ------------------------------------------------------------------------------------------

    private static void drawForm(PdfCanvas c, FormData d) throws IOException {
        float top = c.y;
        c.textAligned(c.bold, 17f, PdfCanvas.LEFT, PdfCanvas.WIDTH, top - 17f, FORM_TITLE, Align.CENTER);
        float barWidth = 150f;
        float barHeight = 22f;
        float barLeft = PdfCanvas.RIGHT - barWidth;
        float barTop = top - 25f;
        code128(c, d.applicationNumber(), barLeft, barTop, barWidth, barHeight);
        c.textAligned(c.regular, 8.5f, barLeft, barWidth, barTop - barHeight - 9f, d.applicationNumber(), Align.CENTER);
        c.text(c.regular, 9.5f, PdfCanvas.LEFT, top - 40f, "报名号：" + d.applicationNumber() + "      报考类别："
                + join(" ", d.examCode(), d.examName()));
        if (d.submittedAt() != null) {
            c.text(c.regular, 9.5f, PdfCanvas.LEFT, top - 54f, "提交时间：" + beijing(d.submittedAt()));
        }
        c.y = top - 62f;

        float size = 9.5f;
        float min = 18.5f;
        float l = 64f;

        // basic information, photo on the right spanning its rows
        FormData.Person p = d.person();
        float photoW = 96f;
        float leftW = PdfCanvas.WIDTH - photoW;
        float v = (leftW - 2 * l) / 2;
        List<List<Cell>> basic = List.of(
                List.of(Cell.label("姓名", l), Cell.value(p.name(), v), Cell.label("性别", l), Cell.value(p.sex(), v)),
                List.of(Cell.label("出生日期", l), Cell.value(p.birthDate() == null ? "" : DATE.format(p.birthDate()), v),
                        Cell.label("民族", l), Cell.value(p.ethnicity(), v)),
                List.of(Cell.label("证件类型", l), Cell.value(p.documentType(), v),
                        Cell.label("证件号码", l), Cell.value(p.documentNumber(), v)),
                List.of(Cell.label("国籍/地区", l), Cell.value(p.region(), v),
                        Cell.label("报考类别", l), Cell.value(join(" ", d.examCode(), d.examName()), v)));
        float basicMin = 23f;
        float basicHeight = 20f;
        for (List<Cell> r : basic) {
            basicHeight += c.rowHeight(r, size, basicMin);
        }
        ensure(c, basicHeight);
        c.section("一、基本信息");
        float photoTop = c.y;
        for (List<Cell> r : basic) {
            c.row(r, size, basicMin);
        }
        photo(c, d.photo(), PdfCanvas.LEFT + leftW, photoTop, photoW, photoTop - c.y);

        // contact
        float v2 = (PdfCanvas.WIDTH - 2 * l) / 2;
        FormData.Contact ct = d.contact() != null ? d.contact()
                : new FormData.Contact(null, null, null, null, null, null);
        block(c, "二、联系方式", size, min, List.of(
                List.of(Cell.label("手机号码", l), Cell.value(ct.mobile(), v2),
                        Cell.label("电子邮箱", l), Cell.value(ct.email(), v2)),
                List.of(Cell.label("家庭电话", l), Cell.value(ct.homePhone(), v2),
                        Cell.label("单位电话", l), Cell.value(ct.workPhone(), v2)),
                List.of(Cell.label("通讯地址", l), Cell.value(ct.address(), PdfCanvas.WIDTH - 2 * l - 90f),
                        Cell.label("邮政编码", l), Cell.value(ct.postalCode(), 90f))));

        // work
        FormData.Work wk = d.work() != null ? d.work() : new FormData.Work(null, null, null, null, null);
        List<List<Cell>> work = new ArrayList<>();
        work.add(List.of(Cell.label("在岗情况", l), Cell.value(wk.employmentStatus(), v2),
                Cell.label("特殊岗位", l), Cell.value(orNone(wk.post()), v2)));
        work.add(List.of(Cell.label("工作单位", l), Cell.value(wk.employer(), PdfCanvas.WIDTH - l)));
        work.add(List.of(Cell.label("试用机构", l), Cell.value(wk.probationInstitution(), PdfCanvas.WIDTH - l)));
        if (notBlank(wk.ownStatus())) {
            work.add(List.of(Cell.label("本人身份", l), Cell.value(wk.ownStatus(), PdfCanvas.WIDTH - l)));
        }
        block(c, "三、工作情况", size, min, work);

        // education
        float[] ew = {78f, 104f, 68f, 40f, 44f, 0f, 0f};
        float rest = PdfCanvas.WIDTH - (ew[0] + ew[1] + ew[2] + ew[3] + ew[4]);
        ew[5] = rest / 2;
        ew[6] = rest - ew[5];
        List<Cell> eduHeader = List.of(Cell.header("起止年月", ew[0]), Cell.header("毕业学校", ew[1]),
                Cell.header("所学专业", ew[2]), Cell.header("学历", ew[3]), Cell.header("学习形式", ew[4]),
                Cell.header("学历证书编号", ew[5]), Cell.header("学历证明", ew[6]));
        List<List<Cell>> eduRows = new ArrayList<>();
        for (FormData.Education e : d.educations()) {
            eduRows.add(List.of(Cell.center(period(e.startMonth(), e.endMonth()), ew[0]), Cell.value(e.school(), ew[1]),
                    Cell.value(e.major(), ew[2]), Cell.center(e.level(), ew[3]), Cell.center(e.studyForm(), ew[4]),
                    Cell.value(e.certificateNumber(), ew[5]), Cell.value(e.proof(), ew[6])));
        }
        table(c, "四、学历", eduHeader, eduRows, 8.5f);

        // training
        float[] tw = {78f, 190f, 80f, 0f};
        tw[3] = PdfCanvas.WIDTH - tw[0] - tw[1] - tw[2];
        List<Cell> trHeader = List.of(Cell.header("起止年月", tw[0]), Cell.header("培训/试用机构", tw[1]),
                Cell.header("类别", tw[2]), Cell.header("说明", tw[3]));
        List<List<Cell>> trRows = new ArrayList<>();
        for (FormData.Training t : d.trainings()) {
            trRows.add(List.of(Cell.center(period(t.startMonth(), t.endMonth()), tw[0]),
                    Cell.value(t.institution(), tw[1]), Cell.center(t.kind(), tw[2]),
                    Cell.value(t.description(), tw[3])));
        }
        table(c, "五、培训及试用经历", trHeader, trRows, 8.5f);

        // certificate
        FormData.Certificate cert = d.certificate();
        if (cert == null) {
            block(c, "六、证书", size, min, List.of(List.of(Cell.center("无", PdfCanvas.WIDTH))));
        } else {
            block(c, "六、证书", size, min, List.of(
                    List.of(Cell.label("证书种类", l), Cell.value(cert.kind(), v2),
                            Cell.label("类别", l), Cell.value(cert.category(), v2)),
                    List.of(Cell.label("取得年月", l), Cell.value(cert.certificateMonth(), v2),
                            Cell.label("证书编号", l), Cell.value(cert.certificateNumber(), v2)),
                    List.of(Cell.label("注册年月", l), Cell.value(cert.registrationMonth(), v2),
                            Cell.label("注册编号", l), Cell.value(cert.registrationNumber(), v2))));
        }

        // exam choice
        FormData.Choice ch = d.choice() != null ? d.choice() : new FormData.Choice(null, null, 1, List.of());
        block(c, "七、报考信息", size, min, List.of(
                List.of(Cell.label("考区", l), Cell.value(ch.areaName(), v2), Cell.label("考点", l),
                        Cell.value(ch.siteName(), v2)),
                List.of(Cell.label("累计报考次数", l), Cell.value(ch.attempts() + " 次", v2),
                        Cell.label("加试科目", l),
                        Cell.value(ch.extraSubjects().isEmpty() ? "无" : String.join("、", ch.extraSubjects()), v2))));

        // declaration and signature
        List<String> decl = PdfCanvas.wrap(c.regular, 10f, DECLARATION, PdfCanvas.WIDTH - 2 * PdfCanvas.PAD);
        ensure(c, decl.size() * 10f * 1.5f + 28f);
        c.y -= 4f;
        c.paragraph(c.regular, 10f, PdfCanvas.LEFT, PdfCanvas.WIDTH, DECLARATION, PdfCanvas.PAD);
        c.y -= 16f;
        signature(c, c.y);
        c.y -= 6f;
    }

    private static void signature(PdfCanvas c, float baseline) throws IOException {
        float size = 11f;
        String sign = "考生签字：";
        String date = "日期：";
        float x = PdfCanvas.LEFT + 200f;
        c.text(c.regular, size, x, baseline, sign);
        float lineStart = x + c.regular.width(sign, size) + 2f;
        c.text(c.regular, size, lineStart, baseline, "______________");
        float x2 = lineStart + 130f;
        c.text(c.regular, size, x2, baseline, date);
        float dateStart = x2 + c.regular.width(date, size) + 2f;
        c.text(c.regular, size, dateStart, baseline, "______________");
    }

    /** A section heading and rows, kept on one page when they fit on one. */
    private static void block(PdfCanvas c, String title, float size, float min, List<List<Cell>> rows)
            throws IOException {
        float h = 20f;
        for (List<Cell> r : rows) {
            h += c.rowHeight(r, size, min);
        }
        ensure(c, Math.min(h, PdfCanvas.TOP - PdfCanvas.BOTTOM));
        c.section(title);
        for (List<Cell> r : rows) {
            if (!c.fits(c.rowHeight(r, size, min))) {
                c.newPage();
            }
            c.row(r, size, min);
        }
    }

    /** A section with a column header and data rows; the header is repeated on a new page. */
    private static void table(PdfCanvas c, String title, List<Cell> header, List<List<Cell>> rows, float size)
            throws IOException {
        float min = 18f;
        float first = rows.isEmpty() ? min : c.rowHeight(rows.get(0), size, min);
        ensure(c, 20f + c.rowHeight(header, size, min) + first);
        c.section(title);
        c.row(header, size, min);
        if (rows.isEmpty()) {
            c.row(List.of(Cell.center("无", PdfCanvas.WIDTH)), size, min);
        }
        for (List<Cell> r : rows) {
            if (!c.fits(c.rowHeight(r, size, min))) {
                c.newPage();
                c.row(header, size, min);
            }
            c.row(r, size, min);
        }
    }

    private static void ensure(PdfCanvas c, float height) throws IOException {
        if (!c.fits(height)) {
            c.newPage();
        }
    }

    private static void photo(PdfCanvas c, byte[] photo, float x, float top, float w, float h) throws IOException {
        c.strokeRect(x, top - h, w, h);
        // a 25 × 35 mm photo, fitted into the cell
        float boxH = Math.min(h - 10f, (w - 10f) * 7f / 5f);
        float boxW = boxH * 5f / 7f;
        float bx = x + (w - boxW) / 2;
        float by = top - h + (h - boxH) / 2;
        PDImageXObject image = null;
        if (photo != null && photo.length > 0) {
            try {
                image = PDImageXObject.createFromByteArray(c.doc, photo, "photo");
            } catch (IOException | RuntimeException e) {
                image = null; // not a readable JPEG/PNG: print the empty box instead
            }
        }
        if (image != null && image.getWidth() > 0 && image.getHeight() > 0) {
            float scale = Math.min(boxW / image.getWidth(), boxH / image.getHeight());
            float iw = image.getWidth() * scale;
            float ih = image.getHeight() * scale;
            c.image(image, x + (w - iw) / 2, top - h + (h - ih) / 2, iw, ih);
        } else {
            c.dashedRect(bx, by, boxW, boxH);
            c.textAligned(c.regular, 12f, bx, boxW, by + boxH / 2 - 4f, "照片", Align.CENTER);
            c.textAligned(c.regular, 6.5f, bx, boxW, by + boxH / 2 - 17f, "近期免冠证件照", Align.CENTER);
        }
    }

    // ---- footers and codes ---------------------------------------------------------------------------------

    private static void footers(PdfCanvas c, String number, Instant printedAt) throws IOException {
        String printed = "打印时间：" + chinaTime(printedAt != null ? printedAt : Instant.now(), DATE_TIME_SHORT)
                + "（北京时间）    报名号：" + number;
        int n = c.pageCount();
        for (int i = 0; i < n; i++) {
            PDPage page = c.pages().get(i);
            try (PDPageContentStream s = c.append(page)) {
                float line = PdfCanvas.BOTTOM - 8f;
                s.moveTo(PdfCanvas.LEFT, line);
                s.lineTo(PdfCanvas.RIGHT, line);
                s.stroke();
                PdfCanvas.text(s, c.regular, 8f, PdfCanvas.LEFT, line - 12f, printed);
                String pageText = "第 " + (i + 1) + " 页 / 共 " + n + " 页";
                float w = c.regular.width(pageText, 8f);
                PdfCanvas.text(s, c.regular, 8f, PdfCanvas.RIGHT - w, line - 12f, pageText);
            }
        }
    }

    /** Draws a QR code without its quiet zone (keep 4 modules around it free) and returns the module size. */
    private static float qr(PdfCanvas c, String content, float x, float top, float size) throws IOException {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.MARGIN, 0);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        BitMatrix m;
        try {
            m = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IOException("Cannot encode a QR code", e);
        }
        float module = size / m.getWidth();
        c.matrix(m, x, top, module, module);
        return module;
    }

    private static void code128(PdfCanvas c, String content, float x, float top, float maxWidth, float height)
            throws IOException {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.MARGIN, 0);
        BitMatrix m = new Code128Writer().encode(content, BarcodeFormat.CODE_128, 0, 1, hints);
        // whole modules of at most 1.2 pt, right-aligned, with the quiet zone left of it free
        float module = Math.min(1.2f, maxWidth / m.getWidth());
        float w = module * m.getWidth();
        c.matrix(m, x + (maxWidth - w), top, module, height);
    }

    // ---- formatting ----------------------------------------------------------------------------------------

    private static String beijing(Instant t) {
        return t == null ? "" : chinaTime(t, DATE_TIME) + "（北京时间）";
    }

    static String chinaTime(Instant t, DateTimeFormatter f) {
        return t == null ? "" : f.format(t.atZone(CHINA));
    }

    private static String period(String start, String end) {
        if (!notBlank(start) && !notBlank(end)) {
            return "";
        }
        return orDash(start).replace('-', '.') + "—" + (notBlank(end) ? end.replace('-', '.') : "至今");
    }

    private static String join(String sep, String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String part : parts) {
            if (notBlank(part)) {
                if (sb.length() > 0) {
                    sb.append(sep);
                }
                sb.append(part.strip());
            }
        }
        return sb.toString();
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static String orDash(String s) {
        return notBlank(s) ? s : "—";
    }

    private static String orNone(String s) {
        return notBlank(s) ? s : "无";
    }
}

package cn.examreg.application.pdf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the registration success notice (报名成功通知单) shows. Plain display values: the caller turns codes and
 * enumerations into their Chinese labels. Optional values may be {@code null}.
 *
 * @param applicationNumber application number (报名号), also encoded in the QR code; required
 * @param examCode          exam code, year + category, e.g. {@code 2026110}
 * @param examName          exam name, e.g. 临床执业医师
 * @param name              candidate name; required
 * @param sex               e.g. 男 / 女
 * @param documentType      e.g. 居民身份证
 * @param documentNumber    full document number (the notice is the candidate's own)
 * @param areaName          exam area (考区), e.g. 湖南省
 * @param siteName          exam site (考点), where the on-site review takes place
 * @param siteAddress       address of the on-site review (optional)
 * @param submittedAt       when the application was submitted (shown in China time)
 * @param status            overall state of the application, e.g. 审核中 (optional)
 * @param reviews           review status per level, in order (报名点 → 考点 → 考区 → 国家)
 * @param reviewStart       first day of the on-site review window (optional)
 * @param reviewEnd         last day of the on-site review window (optional)
 * @param documentsToBring  documents to bring to the on-site review; a default list is printed when empty
 * @param printedAt         print time shown in the footer; {@code null} means now
 */
public record NoticeData(
        String applicationNumber,
        String examCode,
        String examName,
        String name,
        String sex,
        String documentType,
        String documentNumber,
        String areaName,
        String siteName,
        String siteAddress,
        Instant submittedAt,
        String status,
        List<Review> reviews,
        LocalDate reviewStart,
        LocalDate reviewEnd,
        List<String> documentsToBring,
        Instant printedAt) {

    public NoticeData {
        Objects.requireNonNull(applicationNumber, "applicationNumber");
        Objects.requireNonNull(name, "name");
        reviews = reviews == null ? List.of() : List.copyOf(reviews);
        documentsToBring = documentsToBring == null ? List.of() : List.copyOf(documentsToBring);
    }

    /**
     * Review status of one level.
     *
     * @param level     e.g. 报名点 / 考点 / 考区 / 国家
     * @param status    e.g. 待审核 / 审核中 / 审核通过 / 退回修改 / 审核不通过
     * @param decidedAt when the level decided (optional)
     * @param remark    reason given with a rejection or a return (optional)
     */
    public record Review(String level, String status, Instant decidedAt, String remark) {
    }
}

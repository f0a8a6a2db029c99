package cn.examreg.catalogue;

import cn.examreg.common.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Per exam and area: the registration window, the review window and when the skills fee becomes payable. */
@Entity
@Table(name = "exam_area_window")
public class ExamAreaWindow extends BaseEntity {
    /** The application state from which the practical-skills fee can be paid. */
    @Schema(description = "The application state from which the skills fee can be paid: submitted, or approved "
            + "by the exam site")
    public enum SkillsPayableFrom { SUBMITTED, SITE_APPROVED }

    @Column(name = "exam_code")
    public String examCode;
    @Column(name = "area_code")
    public String areaCode;
    @Column(name = "registration_opens")
    public Instant registrationOpens;
    @Column(name = "registration_closes")
    public Instant registrationCloses;
    @Column(name = "review_opens")
    public Instant reviewOpens;
    @Column(name = "review_closes")
    public Instant reviewCloses;
    @Enumerated(EnumType.STRING)
    @Column(name = "skills_payable_from")
    public SkillsPayableFrom skillsPayableFrom = SkillsPayableFrom.SITE_APPROVED;

    public static Optional<ExamAreaWindow> of(String examCode, String areaCode) {
        return find("examCode = ?1 and areaCode = ?2", examCode, areaCode).firstResultOptional();
    }

    /** Open from {@code registrationOpens} (inclusive) until {@code registrationCloses} (exclusive). */
    public boolean registrationOpenAt(Instant now) {
        return !now.isBefore(registrationOpens) && now.isBefore(registrationCloses);
    }

    /** Open from {@code reviewOpens} (inclusive) until {@code reviewCloses} (exclusive). */
    public boolean reviewOpenAt(Instant now) {
        return !now.isBefore(reviewOpens) && now.isBefore(reviewCloses);
    }
}

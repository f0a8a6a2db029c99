package cn.examreg.payment;

import cn.examreg.common.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The practical-skills outcome of an application: the written-exam fee is payable only after PASSED or EXEMPT. */
@Entity
@Table(name = "skills_result")
public class SkillsResult extends BaseEntity {
    @Schema(name = "SkillsOutcome", description = "PASSED: passed the practical-skills exam this year; FAILED; "
            + "EXEMPT: exempt (passed at a national skills base last year)")
    public enum Outcome { PASSED, FAILED, EXEMPT }

    @Column(name = "application_id")
    public String applicationId;
    @Enumerated(EnumType.STRING)
    public Outcome outcome;
    public String note;
    @Column(name = "recorded_by")
    public String recordedBy;

    public static Optional<SkillsResult> of(String applicationId) {
        return find("applicationId", applicationId).firstResultOptional();
    }

    public boolean qualifiesForWritten() {
        return outcome == Outcome.PASSED || outcome == Outcome.EXEMPT;
    }
}

package cn.examreg.application;

import cn.examreg.application.ApplicationStateMachine.Level;
import cn.examreg.application.ApplicationStateMachine.State;
import cn.examreg.candidate.rules.DocumentType;
import cn.examreg.candidate.rules.Sex;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the application and review endpoints. */
public final class ApplicationDtos {
    private ApplicationDtos() {
    }

    @Schema(description = "加试科目: military medicine (active service members only), pre-hospital emergency and "
            + "paediatrics (clinical practising-physician applicants working in those posts only)")
    public enum ExtraSubject { MILITARY_MEDICINE, PREHOSPITAL_EMERGENCY, PAEDIATRICS }

    @Schema(description = "The six steps of the wizard")
    public enum Step { EXAM, BASIC, WORK, EDUCATION, CERTIFICATE, AREA }

    @Schema(description = "Review decision of one level")
    public enum Decision { APPROVE, REJECT, RETURN }

    @Schema(description = "Review progress of one level")
    public enum LevelStatus { WAITING, IN_REVIEW, APPROVED, RETURNED, REJECTED }

    @Schema(description = "Start an application (a draft) for an exam")
    public record ApplicationCreate(
            @Schema(required = true, description = "Exam code: year + category code", examples = "2026110")
            @NotBlank @Size(max = 16) String examCode) {
    }

    @Schema(description = "Save one or more wizard steps of a draft (or of an application returned for correction). "
            + "Fields left out (null) are unchanged; an empty list or empty string clears a choice.")
    public record ApplicationPatch(
            @Schema(required = true, description = "The version you read", examples = "0") @NotNull Integer version,
            @Schema(description = "Photo reference (material id; see the materials capability)") @Size(max = 100) String photoRef,
            @Schema(description = "Education entries of the profile used by this application")
            @Size(max = 10) List<@Size(max = 36) String> educationIds,
            @Schema(description = "Training entries of the profile used by this application")
            @Size(max = 10) List<@Size(max = 36) String> trainingIds,
            @Schema(description = "Certificate entry (required for a practising exam with a secondary-school education)")
            @Size(max = 36) String certificateId,
            @Schema(description = "Exam area code", examples = "43") @Size(max = 2) String areaCode,
            @Schema(description = "Exam site code", examples = "4301") @Size(max = 16) String siteCode,
            @Schema(description = "Cumulative attempts (累计报考次数), default 1", examples = "1") @Min(1) @Max(50) Integer attempts,
            @Schema(description = "Extra subjects (加试)") @Size(max = 3) List<ExtraSubject> extraSubjects) {
    }

    @Schema(description = "Whether a wizard step is complete, and what it still lacks")
    public record StepStatus(
            @Schema(required = true) Step step,
            @Schema(required = true) boolean complete,
            @Schema(required = true, description = "Rule violations of the step (field and localised message)")
            List<cn.examreg.common.error.Violation> problems) {
    }

    @Schema(description = "Review progress of one level")
    public record LevelProgress(
            @Schema(required = true) Level level,
            @Schema(required = true) LevelStatus status,
            Instant decidedAt,
            @Schema(description = "Reason given with a rejection or a return") String reason) {
    }

    @Schema(description = "The candidate an application belongs to")
    public record ApplicantSummary(
            @Schema(required = true) String candidateId,
            @Schema(required = true, examples = "张三") String name,
            @Schema(required = true) DocumentType documentType,
            @Schema(required = true, examples = "430102199003071234") String documentNumber,
            @Schema(required = true) Sex sex,
            @Schema(required = true) LocalDate birthDate) {
    }

    @Schema(description = "An application with its steps and review progress")
    public record ApplicationView(
            @Schema(required = true) String id,
            @Schema(required = true, description = "Application number (报名号)", examples = "202611043000123") String number,
            @Schema(required = true, examples = "0") int version,
            @Schema(required = true, examples = "2026110") String examCode,
            @Schema(required = true) State state,
            @Schema(description = "The level reviewing now (UNDER_REVIEW) or that returned/rejected it") Level reviewLevel,
            @Schema(required = true) ApplicantSummary applicant,
            String photoRef,
            @Schema(required = true) List<String> educationIds,
            @Schema(required = true) List<String> trainingIds,
            String certificateId,
            @Schema(examples = "43") String areaCode,
            @Schema(examples = "4301") String siteCode,
            @Schema(required = true, examples = "1") int attempts,
            @Schema(required = true) List<ExtraSubject> extraSubjects,
            @Schema(required = true, description = "The exam site verified the identity document in person") boolean identityVerified,
            Instant submittedAt,
            Instant decidedAt,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) List<StepStatus> steps,
            @Schema(required = true) List<LevelProgress> reviews) {
    }

    @Schema(description = "A line of a review queue or of my applications")
    public record ApplicationSummary(
            @Schema(required = true) String id,
            @Schema(required = true) String number,
            @Schema(required = true) String examCode,
            @Schema(required = true) State state,
            Level reviewLevel,
            String areaCode,
            String siteCode,
            @Schema(required = true, examples = "张三") String candidateName,
            @Schema(required = true, description = "Masked in queues", examples = "4301**********1234") String documentNumber,
            Instant submittedAt,
            @Schema(required = true) Instant updatedAt) {
    }

    @Schema(description = "A page of applications")
    public record ApplicationPage(
            @Schema(required = true) List<ApplicationSummary> items,
            @Schema(required = true, examples = "0") int page,
            @Schema(required = true, examples = "20") int size,
            @Schema(required = true, examples = "135") long total) {
    }

    @Schema(description = "A review decision at the caller's level. The site level also records the in-person "
            + "identity check; reviewers may mark education/training/certificate entries as verified.")
    public record ReviewRequest(
            @Schema(required = true) @NotNull Decision decision,
            @Schema(description = "Required when rejecting or returning", examples = "毕业证书编号与学信网记录不符")
            @Size(max = 500) String reason,
            @Schema(description = "Site level: the identity document was verified in person (required to approve there)")
            Boolean identityVerified,
            @Schema(description = "Entries of this application the reviewer confirmed")
            @Size(max = 30) List<@Size(max = 36) String> verifiedEntryIds) {
    }

    @Schema(description = "One transition of an application")
    public record HistoryEntry(
            @Schema(required = true) Instant at,
            @Schema(required = true, examples = "SITE") String actorRole,
            @Schema(description = "Operator's display name; empty for the candidate", examples = "长沙市考点 王老师") String actorName,
            @Schema(required = true, examples = "APPROVE") String action,
            @Schema(examples = "UNDER_REVIEW") String from,
            @Schema(required = true, examples = "UNDER_REVIEW") String to,
            @Schema(examples = "SITE") String level,
            @Schema(examples = "毕业证书编号与学信网记录不符") String reason) {
    }
}

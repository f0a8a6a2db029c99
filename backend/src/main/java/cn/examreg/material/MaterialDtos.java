package cn.examreg.material;

import cn.examreg.candidate.ProfileDtos.EducationLevel;
import cn.examreg.material.content.Format;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Bodies of the material endpoints. */
public final class MaterialDtos {
    private MaterialDtos() {
    }

    @Schema(description = "Where a slot of the checklist stands")
    public enum SlotStatus { MISSING, PENDING_REVIEW, ACCEPTED, REJECTED }

    @Schema(description = "Review decision on a material")
    public enum MaterialDecision { ACCEPT, REJECT }

    @Schema(description = "A material type with the rules its files must meet")
    public record MaterialTypeView(
            @Schema(required = true, examples = "PHOTO") String code,
            @Schema(required = true, examples = "考生照片") String name,
            @Schema(examples = "近期（6个月内）小2寸白底免冠正面证件照，JPEG 格式，不超过 40 KB") String description,
            @Schema(required = true, description = "Accepted formats, decided from the file's bytes") List<Format> formats,
            @Schema(required = true, description = "Largest accepted file in bytes", examples = "40960") long maxBytes,
            @Schema(description = "Image width in pixels, at least", examples = "150") Integer minWidth,
            @Schema(description = "Image width in pixels, at most", examples = "800") Integer maxWidth,
            @Schema(description = "Image height in pixels, at least", examples = "180") Integer minHeight,
            @Schema(description = "Image height in pixels, at most", examples = "1200") Integer maxHeight,
            @Schema(description = "Height / width × 1000, at least", examples = "1200") Integer minAspectPermille,
            @Schema(description = "Height / width × 1000, at most", examples = "1500") Integer maxAspectPermille,
            @Schema(required = true, description = "One slot per education entry of the application") boolean perEntry,
            @Schema(required = true, description = "The upload carries the online verification code (verificationCode)")
            boolean needsVerificationCode) {
    }

    @Schema(description = "An uploaded file (one revision of a slot)")
    public record MaterialView(
            @Schema(required = true, examples = "0b9e1c54-3f0e-4a51-9a43-6f4f1f0c2d11") String id,
            @Schema(required = true) String applicationId,
            @Schema(required = true, examples = "PHOTO") String type,
            @Schema(description = "The education entry of a per-entry slot") String entryId,
            @Schema(required = true, description = "TYPE or TYPE/entryId", examples = "PHOTO") String slot,
            @Schema(required = true, description = "1, 2, … within the slot", examples = "1") int revision,
            @Schema(required = true, description = "The slot's newest revision (earlier ones are history)") boolean current,
            @Schema(required = true) Material.Status status,
            @Schema(description = "Reason of a rejection", examples = "照片背景不是白色") String reviewReason,
            Instant reviewedAt,
            @Schema(required = true) Format format,
            @Schema(required = true, examples = "image/jpeg") String contentType,
            @Schema(required = true, description = "Stored size in bytes (metadata removed)", examples = "31245") long size,
            @Schema(required = true, description = "SHA-256 of the stored bytes, hex",
                    examples = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256,
            @Schema(examples = "358") Integer width,
            @Schema(examples = "441") Integer height,
            @Schema(description = "Pages of a PDF", examples = "1") Integer pages,
            @Schema(required = true, description = "Sanitised file name (a label only)", examples = "照片.jpg") String fileName,
            @Schema(description = "Online verification code (MoE registration record)", examples = "A1B2C3D4E5F6G7H8")
            String verificationCode,
            @Schema(required = true) Instant uploadedAt,
            @Schema(examples = "CANDIDATE") String uploadedByRole) {
    }

    @Schema(description = "The education entry a per-entry slot belongs to")
    public record ChecklistEntry(
            @Schema(required = true) String id,
            @Schema(examples = "中南大学湘雅医学院") String school,
            @Schema(required = true) EducationLevel level,
            @Schema(description = "Online verification code recorded in the profile", examples = "A1B2C3D4E5F6G7H8")
            String proofCode) {
    }

    @Schema(description = "One slot of an application's checklist")
    public record ChecklistItem(
            @Schema(required = true, description = "TYPE or TYPE/entryId", examples = "PHOTO") String slot,
            @Schema(required = true) MaterialTypeView type,
            ChecklistEntry entry,
            @Schema(required = true, description = "Needed before submitting (false: may be added)") boolean required,
            @Schema(required = true, description = "Why it is needed", examples = "所有考生") String reason,
            @Schema(required = true) SlotStatus status,
            @Schema(description = "The slot's current file") MaterialView current,
            @Schema(required = true, description = "Revisions uploaded so far (history included)", examples = "1") int revisions,
            @Schema(required = true, description = "The caller may upload to this slot now") boolean uploadable) {
    }

    @Schema(description = "Which materials an application needs and where each stands")
    public record Checklist(
            @Schema(required = true) String applicationId,
            @Schema(required = true, description = "Every required material is uploaded and none is rejected")
            boolean complete,
            @Schema(required = true, description = "Every required material is accepted") boolean allAccepted,
            @Schema(required = true, description = "Materials can be uploaded in the application's state")
            boolean editable,
            @Schema(description = "Why uploads are closed, when they are", examples = "报名已通过考点审核，材料已冻结")
            String frozenReason,
            @Schema(required = true, examples = "1") int missing,
            @Schema(required = true, examples = "0") int rejected,
            @Schema(required = true, examples = "1") int pendingReview,
            @Schema(required = true, examples = "0") int accepted,
            @Schema(required = true) List<ChecklistItem> items) {
    }

    @Schema(description = "An operator's decision on a material")
    public record MaterialReview(
            @Schema(required = true) @NotNull MaterialDecision decision,
            @Schema(description = "Required when rejecting; shown to the candidate", examples = "照片背景不是白色，请重新上传")
            @Size(max = 500) String reason) {
    }

    @Schema(description = "The material types an exam area requires of every application")
    public record AreaRequirements(
            @Schema(required = true, examples = "42") String areaCode,
            @Schema(required = true, examples = "[\"PROBATION_CERTIFICATE\"]") List<String> typeCodes) {
    }

    @Schema(description = "Replace the material types an exam area requires of every application")
    public record AreaRequirementsUpdate(
            @Schema(required = true, description = "Type codes (not per-entry types); an empty list removes them all",
                    examples = "[\"PROBATION_CERTIFICATE\", \"ID_DOCUMENT\"]")
            @NotNull @Size(max = 20) List<@NotNull @Size(max = 40) String> typeCodes) {
    }

    /** The multipart form of an upload (the contract shows its fields as the request body's schema). */
    public static class UploadForm {
        @RestForm
        @Schema(required = true, description = "Material type code", examples = "PHOTO")
        public String type;
        @RestForm
        @Schema(description = "Education entry id, for per-entry types (graduation certificate, education proofs)")
        public String entryId;
        @RestForm
        @Schema(description = "Online verification code, required for EDU_MOE_RECORD", examples = "A1B2C3D4E5F6G7H8")
        public String verificationCode;
        @RestForm
        @Schema(required = true, type = SchemaType.STRING, format = "binary",
                description = "The file: its format is decided from its bytes, not from its name or declared type")
        public FileUpload file;
    }
}

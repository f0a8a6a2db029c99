package cn.examreg.material;

import cn.examreg.common.persistence.BaseEntity;
import cn.examreg.material.content.Format;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One uploaded file of an application: a revision of a slot (a type, or a type and an education entry). The
 * newest revision is the slot's current one ({@code currentKey} set, unique); the earlier ones stay as history.
 * The bytes are in the {@link cn.examreg.material.storage.MaterialStore} named by {@code storage}, under {@code storageKey}.
 */
@Entity
@Table(name = "material")
public class Material extends BaseEntity {
    @Schema(name = "MaterialStatus", description = "Review status of an uploaded material")
    public enum Status { PENDING, ACCEPTED, REJECTED }

    @Column(name = "application_id")
    public String applicationId;
    @Column(name = "type_code")
    public String typeCode;
    @Column(name = "entry_id")
    public String entryId;
    public String slot;
    public int revision;
    @Column(name = "current_key")
    public String currentKey;
    @Enumerated(EnumType.STRING)
    public Status status = Status.PENDING;
    @Enumerated(EnumType.STRING)
    public Format format;
    @Column(name = "content_type")
    public String contentType;
    @Column(name = "size_bytes")
    public long sizeBytes;
    public String sha256;
    public Integer width;
    public Integer height;
    public Integer pages;
    @Column(name = "file_name")
    public String fileName;
    @Column(name = "verification_code")
    public String verificationCode;
    public String storage;
    @Column(name = "storage_key")
    public String storageKey;
    @Column(name = "uploaded_by")
    public String uploadedBy;
    @Column(name = "uploaded_role")
    public String uploadedRole;
    @Column(name = "reviewed_by")
    public String reviewedBy;
    @Column(name = "reviewed_role")
    public String reviewedRole;
    @Column(name = "reviewed_at")
    public Instant reviewedAt;
    @Column(name = "review_reason")
    public String reviewReason;
    @Column(name = "replaced_at")
    public Instant replacedAt;

    public boolean isCurrent() {
        return currentKey != null;
    }

    /** TYPE, or TYPE/entryId for a slot of an education entry. */
    public static String slotOf(String typeCode, String entryId) {
        return entryId == null ? typeCode : typeCode + "/" + entryId;
    }

    public static String currentKeyOf(String applicationId, String slot) {
        return applicationId + ":" + slot;
    }

    /** Every revision of an application's materials, by slot and newest first. */
    public static List<Material> ofApplication(String applicationId) {
        return list("applicationId = ?1 order by slot, revision desc", applicationId);
    }

    /** The current revision of each slot of an application. */
    public static List<Material> currentOf(String applicationId) {
        return list("applicationId = ?1 and currentKey is not null", applicationId);
    }
}

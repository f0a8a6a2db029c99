package cn.examreg.application;

import cn.examreg.application.ApplicationStateMachine.Level;
import cn.examreg.application.ApplicationStateMachine.State;
import cn.examreg.common.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** An application for one exam by one candidate, filled step by step, then reviewed level by level. */
@Entity
@Table(name = "application")
public class Application extends BaseEntity {
    public String number;
    @Column(name = "candidate_id")
    public String candidateId;
    @Column(name = "exam_code")
    public String examCode;
    @Enumerated(EnumType.STRING)
    public State state = State.DRAFT;
    @Enumerated(EnumType.STRING)
    @Column(name = "review_level")
    public Level reviewLevel;
    /** candidateId:examCode while the application is live; null otherwise (unique: one live application per exam). */
    @Column(name = "live_key")
    public String liveKey;
    @Column(name = "photo_ref")
    public String photoRef;
    @Column(name = "education_ids")
    public String educationIds;
    @Column(name = "training_ids")
    public String trainingIds;
    @Column(name = "certificate_id")
    public String certificateId;
    @Column(name = "area_code")
    public String areaCode;
    @Column(name = "site_code")
    public String siteCode;
    public int attempts = 1;
    @Column(name = "extra_subjects")
    public String extraSubjects;
    @Column(name = "identity_verified")
    public boolean identityVerified;
    /** JSON of the candidate's data as submitted (frozen for review, PDFs and portals). */
    public String snapshot;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    @Column(name = "decided_at")
    public Instant decidedAt;

    /**
     * Loads the application with its row locked until the transaction ends ({@code SELECT … FOR UPDATE}, written
     * natively because Hibernate's MySQL 8 form {@code FOR UPDATE OF alias} is not understood by MariaDB).
     */
    public static Application lockedById(String id) {
        List<?> rows = getEntityManager()
                .createNativeQuery("SELECT * FROM application WHERE id = ?1 FOR UPDATE", Application.class)
                .setParameter(1, id).getResultList();
        return rows.isEmpty() ? null : (Application) rows.get(0);
    }

    static List<String> split(String csv) {
        return csv == null || csv.isBlank() ? List.of() : Arrays.asList(csv.split(","));
    }

    static String join(List<String> ids) {
        return ids == null || ids.isEmpty() ? null : String.join(",", ids);
    }

    public List<String> educations() {
        return split(educationIds);
    }

    public List<String> trainings() {
        return split(trainingIds);
    }

    public List<String> extras() {
        return split(extraSubjects);
    }

    /** Every profile entry the application uses (they are locked while it is submitted). */
    public List<String> entryIds() {
        List<String> ids = new java.util.ArrayList<>(educations());
        ids.addAll(trainings());
        if (certificateId != null) {
            ids.add(certificateId);
        }
        return ids;
    }
}

package cn.examreg.material;

import cn.examreg.candidate.ProfileDtos.CertificateKind;
import cn.examreg.candidate.ProfileDtos.EducationLevel;
import cn.examreg.candidate.ProfileDtos.EmploymentStatus;
import cn.examreg.candidate.ProfileDtos.ProofType;
import cn.examreg.candidate.rules.Region;
import cn.examreg.catalogue.ExamCategory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which materials an application needs, derived from its data (the rules in one place):
 * <ul>
 *   <li>everyone: the photo; the identity document scan and "other" may be added;</li>
 *   <li>each chosen education: its graduation certificate (required when the entry has a certificate number;
 *       current-year postgraduates, master-apprentice and no-degree entries have none) and the education proof
 *       of the type the entry declares (the MoE record with its online verification code, …);</li>
 *   <li>a practising-physician exam with only 中专 education, or with an assistant-physician certificate chosen:
 *       the assistant-physician qualification and practising certificates;</li>
 *   <li>military and armed-police service members: the unit's approval; Hong Kong, Macao and Taiwan residents and
 *       foreign nationals: their internship approval form; current-year graduates: the pledge;</li>
 *   <li>the types the application's exam area requires of everyone (configured per area, e.g. Hubei: the
 *       probation certificate); probation candidates may add that certificate elsewhere.</li>
 * </ul>
 */
public final class MaterialRequirements {
    private MaterialRequirements() {
    }

    /** What the rules look at. */
    public record Facts(ExamCategory.Level examLevel, EmploymentStatus employmentStatus, boolean serviceMember,
                        Region region, List<EducationFact> educations, CertificateKind certificateKind,
                        String areaName, Set<String> areaTypes) {
    }

    public record EducationFact(String id, EducationLevel level, String school, String certificateNumber,
                                ProofType proofType, String proofCode) {
    }

    /**
     * One slot the checklist shows.
     *
     * @param entryId the education entry of a per-entry slot
     * @param reason  i18n code saying why it is needed (or that it may be added); {@code reasonArgs} fill it
     */
    public record Requirement(String typeCode, String entryId, boolean required, String reason, List<String> reasonArgs) {
        public String slot() {
            return Material.slotOf(typeCode, entryId);
        }
    }

    private static final Map<ProofType, String> PROOF_TYPES = Map.of(
            ProofType.MOE_REGISTRATION_RECORD, MaterialType.EDU_MOE_RECORD,
            ProofType.CREDENTIAL_REPORT, MaterialType.EDU_CREDENTIAL_REPORT,
            ProofType.SECONDARY_VOCATIONAL_PROOF, MaterialType.EDU_SECONDARY_PROOF,
            ProofType.OVERSEAS_CREDENTIAL, MaterialType.EDU_OVERSEAS_CREDENTIAL,
            ProofType.TCM_EXPERTISE_CERTIFICATE, MaterialType.EDU_TCM_EXPERTISE);

    public static String proofTypeOf(ProofType proof) {
        return proof == null ? null : PROOF_TYPES.get(proof);
    }

    /** The slots of an application, in no particular order (the service sorts them by type). */
    public static List<Requirement> of(Facts f) {
        Map<String, Requirement> out = new LinkedHashMap<>();
        add(out, MaterialType.PHOTO, null, true, "REASON_EVERYONE");
        for (EducationFact e : f.educations()) {
            boolean hasCertificate = e.certificateNumber() != null && !e.certificateNumber().isBlank();
            String school = e.school() == null ? "" : e.school();
            if (e.level() != EducationLevel.MASTER_APPRENTICE && e.level() != EducationLevel.NONE) {
                add(out, MaterialType.GRADUATION_CERTIFICATE, e.id(), hasCertificate,
                        hasCertificate ? "REASON_EDUCATION" : "REASON_EDUCATION_NO_CERTIFICATE", school);
            }
            String proof = proofTypeOf(e.proofType());
            if (proof != null) {
                add(out, proof, e.id(), true, "REASON_EDUCATION_PROOF", school);
            }
        }
        boolean secondaryOnly = !f.educations().isEmpty()
                && f.educations().stream().allMatch(e -> e.level() == EducationLevel.SECONDARY);
        boolean assistantCertificate = f.certificateKind() == CertificateKind.ASSISTANT_QUALIFICATION
                || f.certificateKind() == CertificateKind.ASSISTANT_PRACTISING;
        if (f.examLevel() == ExamCategory.Level.PRACTISING && (secondaryOnly || assistantCertificate)) {
            String reason = secondaryOnly ? "REASON_SECONDARY_TO_PRACTISING" : "REASON_ASSISTANT_TO_PRACTISING";
            add(out, MaterialType.ASSISTANT_QUALIFICATION, null, true, reason);
            add(out, MaterialType.ASSISTANT_PRACTISING, null, true, reason);
        }
        if (f.serviceMember()) {
            add(out, MaterialType.MILITARY_UNIT_APPROVAL, null, true, "REASON_SERVICE_MEMBER");
        }
        if (f.region() == Region.HONG_KONG || f.region() == Region.MACAO || f.region() == Region.TAIWAN) {
            add(out, MaterialType.INTERNSHIP_APPROVAL_HMT, null, true, "REASON_HMT");
        }
        if (f.region() == Region.FOREIGN) {
            add(out, MaterialType.INTERNSHIP_APPROVAL_FOREIGN, null, true, "REASON_FOREIGN");
        }
        if (f.employmentStatus() == EmploymentStatus.POSTGRADUATE_CURRENT_YEAR) {
            add(out, MaterialType.GRADUATE_PLEDGE, null, true, "REASON_CURRENT_YEAR_GRADUATE");
        }
        for (String type : f.areaTypes()) {
            Requirement existing = out.get(type);
            if (existing == null || !existing.required()) {
                out.put(type, new Requirement(type, null, true, "REASON_AREA",
                        List.of(f.areaName() == null ? "" : f.areaName())));
            }
        }
        if (f.employmentStatus() == EmploymentStatus.PROBATION) {
            add(out, MaterialType.PROBATION_CERTIFICATE, null, false, "REASON_OPTIONAL");
        }
        add(out, MaterialType.ID_DOCUMENT, null, false, "REASON_OPTIONAL");
        add(out, MaterialType.OTHER, null, false, "REASON_OPTIONAL");
        return new ArrayList<>(out.values());
    }

    /** Adds a slot unless it is there already (a required one is never weakened to optional). */
    private static void add(Map<String, Requirement> out, String type, String entryId, boolean required, String reason,
                            String... args) {
        String slot = Material.slotOf(type, entryId);
        Requirement existing = out.get(slot);
        if (existing == null || (required && !existing.required())) {
            out.put(slot, new Requirement(type, entryId, required, reason, List.of(args)));
        }
    }
}

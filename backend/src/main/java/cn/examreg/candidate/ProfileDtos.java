package cn.examreg.candidate;

import cn.examreg.candidate.rules.DocumentType;
import cn.examreg.candidate.rules.Region;
import cn.examreg.candidate.rules.Sex;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of registration and the profile, and the profile's enumerations. */
public final class ProfileDtos {
    private ProfileDtos() {
    }

    @Schema(description = "在岗情况: probation (试用期), employed (在岗), current-year postgraduate (应届研究生)")
    public enum EmploymentStatus { PROBATION, EMPLOYED, POSTGRADUATE_CURRENT_YEAR }

    @Schema(description = "本人身份, only for military, armed-police and public-security units: active cadre, "
            + "active NCO or civilian employee, of the army or of the border/fire/guard forces")
    public enum OwnStatus { ARMY_CADRE, ARMY_NCO, ARMY_CIVILIAN, FORCES_CADRE, FORCES_NCO, FORCES_CIVILIAN }

    @Schema(description = "Special post: pre-hospital emergency (院前急救) or paediatrics (儿科)")
    public enum Post { PREHOSPITAL_EMERGENCY, PAEDIATRICS }

    @Schema(description = "学历: postgraduate, undergraduate, junior college (专科), secondary (中专), "
            + "master-apprentice or expertise (师承/确有专长), none (无学历)")
    public enum EducationLevel { POSTGRADUATE, UNDERGRADUATE, JUNIOR_COLLEGE, SECONDARY, MASTER_APPRENTICE, NONE }

    @Schema(description = "学习形式: full-time or part-time")
    public enum StudyForm { FULL_TIME, PART_TIME }

    @Schema(description = "Education proof: MoE electronic registration record (学历证书电子注册备案表), higher-education "
            + "credential report, secondary vocational proof, overseas credential certificate (留学服务中心认证书), "
            + "traditional-medicine expertise certificate")
    public enum ProofType {
        MOE_REGISTRATION_RECORD, CREDENTIAL_REPORT, SECONDARY_VOCATIONAL_PROOF, OVERSEAS_CREDENTIAL,
        TCM_EXPERTISE_CERTIFICATE
    }

    @Schema(description = "Training kind: standardised residency training (规培), probation (试用), internship (实习), other")
    public enum TrainingKind { STANDARDISED_RESIDENCY, PROBATION, INTERNSHIP, OTHER }

    @Schema(description = "Certificate kind: assistant-physician qualification (助理医师资格证书), "
            + "assistant-physician practising registration (执业证书), other")
    public enum CertificateKind { ASSISTANT_QUALIFICATION, ASSISTANT_PRACTISING, OTHER }

    @Schema(description = "Account and basic information of a new candidate. For a resident ID, sex and birth date "
            + "are derived from the number and must be omitted.")
    public record RegistrationRequest(
            @Schema(required = true, description = "4–32 letters, digits or _, starting with a letter; can never change",
                    examples = "zhangsan01") @NotBlank @Size(max = 32) String username,
            @Schema(required = true, description = "8–64 letters and digits, both present, case-sensitive",
                    examples = "Passw0rd2026") @NotBlank @Size(max = 64) String password,
            @Schema(required = true, description = "Recovery question of the candidate's choosing",
                    examples = "我的小学校名？") @NotBlank @Size(max = 100) String securityQuestion,
            @Schema(required = true, description = "Recovery answer, 4–30 characters (stored hashed)",
                    examples = "实验小学") @NotBlank @Size(max = 30) String securityAnswer,
            @Schema(required = true, description = "Mainland: Chinese characters only (· for ethnic-minority names, ? for "
                    + "a rare character), at most 28; others: at most 28 half-width letters, each word capitalised",
                    examples = "张三") @NotBlank @Size(max = 28) String name,
            @Schema(required = true, examples = "MAINLAND") @NotNull Region region,
            @Schema(required = true, examples = "RESIDENT_ID") @NotNull DocumentType documentType,
            @Schema(required = true, description = "No spaces or punctuation; resident ID: 18 characters with a valid "
                    + "GB 11643 check character", examples = "110105199003071234") @NotBlank @Size(max = 32)
            String documentNumber,
            @Schema(description = "Required unless the document is a resident ID", examples = "MALE") Sex sex,
            @Schema(description = "YYYY-MM-DD; required unless the document is a resident ID", examples = "1990-03-07")
            LocalDate birthDate,
            @Schema(description = "民族", examples = "汉族") @Size(max = 20) String ethnicity,
            @Schema(required = true, description = "Mainland: 11 digits; elsewhere 6–11; never starting with 0",
                    examples = "13800138000") @NotBlank @Size(max = 16) String mobile,
            @Schema(required = true, description = "5–60 characters", examples = "zhangsan@example.com")
            @NotBlank @Size(max = 60) String email) {
    }

    @Schema(description = "A document to check and derive sex and birth date from, before registering")
    public record IdentityPreviewRequest(
            @Schema(required = true, examples = "MAINLAND") @NotNull Region region,
            @Schema(required = true, examples = "RESIDENT_ID") @NotNull DocumentType documentType,
            @Schema(required = true, examples = "110105199003071234") @NotBlank @Size(max = 32) String documentNumber) {
    }

    @Schema(description = "What the document number says: its normalised form and, for a resident ID, sex, birth date and age")
    public record IdentityPreview(
            @Schema(required = true, examples = "110105199003071234") String documentNumber,
            @Schema(examples = "MALE") Sex sex,
            @Schema(examples = "1990-03-07") LocalDate birthDate,
            @Schema(examples = "36") Integer age) {
    }

    @Schema(description = "Basic information: fixed after registration; only an operator can correct it")
    public record Basic(
            @Schema(required = true, examples = "张三") String name,
            @Schema(required = true, examples = "MAINLAND") Region region,
            @Schema(required = true, examples = "RESIDENT_ID") DocumentType documentType,
            @Schema(required = true, examples = "110105199003071234") String documentNumber,
            @Schema(required = true, examples = "MALE") Sex sex,
            @Schema(required = true, examples = "1990-03-07") LocalDate birthDate,
            @Schema(examples = "汉族") String ethnicity) {
    }

    @Schema(description = "Contact details")
    public record Contact(
            @Schema(required = true, examples = "13800138000") @NotBlank @Size(max = 16) String mobile,
            @Schema(required = true, examples = "zhangsan@example.com") @NotBlank @Size(max = 60) String email,
            @Schema(description = "area code (3–5)-number (6–8)[-extension]", examples = "010-12345678")
            @Size(max = 32) String homePhone,
            @Schema(description = "area code (3–5)-number (6–8)[-extension]", examples = "0731-84822258-123")
            @Size(max = 32) String workPhone,
            @Schema(description = "At most 30 characters", examples = "北京市东城区东单北大街1号") @Size(max = 30) String address,
            @Schema(description = "Mainland: 6 digits (leading zeros valid); elsewhere 3–6", examples = "100005")
            @Size(max = 8) String postalCode) {
    }

    @Schema(description = "Work: employment status, employer, probation institution, own status, special post")
    public record Work(
            @Schema(examples = "EMPLOYED") EmploymentStatus employmentStatus,
            @Schema(examples = "北京协和医院") @Size(max = 100) String employer,
            @Schema(description = "试用机构", examples = "北京协和医院") @Size(max = 100) String probationInstitution,
            @Schema(description = "Only for military, armed-police and public-security units") OwnStatus ownStatus,
            Post post) {
    }

    @Schema(description = "Change of contact details and work; `version` from the last read")
    public record ProfileUpdate(
            @Schema(required = true, description = "The profile version this change is based on", examples = "0")
            @NotNull Integer version,
            @Schema(required = true) @NotNull @Valid Contact contact,
            @Schema(required = true) @NotNull @Valid Work work) {
    }

    @Schema(description = "An education entry")
    public record EducationEntry(
            @Schema(required = true, examples = "6f1c2a8e-1b7d-4c1e-9a53-2f0d7c4b9e10") String id,
            @Schema(required = true, examples = "0") int version,
            @Schema(required = true, description = "Used by an application; not editable until it is withdrawn") boolean locked,
            @Schema(required = true, description = "Confirmed by a reviewer") boolean verified,
            @Schema(examples = "2008-09") String startMonth,
            @Schema(examples = "2013-07") String endMonth,
            @Schema(examples = "北京大学医学部") String school,
            @Schema(examples = "临床医学") String major,
            @Schema(required = true, examples = "UNDERGRADUATE") EducationLevel level,
            @Schema(examples = "FULL_TIME") StudyForm studyForm,
            @Schema(examples = "100011201305001234") String certificateNumber,
            @Schema(examples = "MOE_REGISTRATION_RECORD") ProofType proofType,
            @Schema(description = "Online verification code of the MoE registration record", examples = "A1B2C3D4E5F6G7")
            String proofCode) {
    }

    @Schema(description = "An education entry to add or change (`version` required when changing)")
    public record EducationInput(
            @Schema(description = "Required when changing an entry", examples = "0") Integer version,
            @Schema(description = "YYYY-MM", examples = "2008-09") @Size(max = 7) String startMonth,
            @Schema(description = "YYYY-MM (graduation)", examples = "2013-07") @Size(max = 7) String endMonth,
            @Schema(description = "Not needed for master-apprentice or no-degree", examples = "北京大学医学部")
            @Size(max = 100) String school,
            @Schema(examples = "临床医学") @Size(max = 100) String major,
            @Schema(required = true, examples = "UNDERGRADUATE") @NotNull EducationLevel level,
            @Schema(description = "Not needed for no-degree", examples = "FULL_TIME") StudyForm studyForm,
            @Schema(description = "18-digit electronic registration number; not needed for current-year postgraduates, "
                    + "master-apprentice and no-degree", examples = "100011201305001234") @Size(max = 18)
            String certificateNumber,
            @Schema(examples = "MOE_REGISTRATION_RECORD") ProofType proofType,
            @Schema(examples = "A1B2C3D4E5F6G7") @Size(max = 40) String proofCode) {
    }

    @Schema(description = "A training entry")
    public record TrainingEntry(
            @Schema(required = true) String id,
            @Schema(required = true, examples = "0") int version,
            @Schema(required = true) boolean locked,
            @Schema(required = true) boolean verified,
            @Schema(required = true, examples = "2013-08") String startMonth,
            @Schema(examples = "2016-07") String endMonth,
            @Schema(required = true, examples = "北京协和医院") String institution,
            @Schema(required = true, examples = "STANDARDISED_RESIDENCY") TrainingKind kind,
            @Schema(examples = "内科住院医师规范化培训") String description) {
    }

    @Schema(description = "A training entry to add or change (`version` required when changing)")
    public record TrainingInput(
            @Schema(examples = "0") Integer version,
            @Schema(required = true, description = "YYYY-MM", examples = "2013-08") @NotBlank @Size(max = 7) String startMonth,
            @Schema(description = "YYYY-MM; empty while ongoing", examples = "2016-07") @Size(max = 7) String endMonth,
            @Schema(required = true, examples = "北京协和医院") @NotBlank @Size(max = 100) String institution,
            @Schema(required = true, examples = "STANDARDISED_RESIDENCY") @NotNull TrainingKind kind,
            @Schema(examples = "内科住院医师规范化培训") @Size(max = 200) String description) {
    }

    @Schema(description = "A certificate entry")
    public record CertificateEntry(
            @Schema(required = true) String id,
            @Schema(required = true, examples = "0") int version,
            @Schema(required = true) boolean locked,
            @Schema(required = true) boolean verified,
            @Schema(required = true, examples = "ASSISTANT_QUALIFICATION") CertificateKind kind,
            @Schema(examples = "临床") String category,
            @Schema(examples = "2015-12") String certificateMonth,
            @Schema(examples = "201511110430102198501011234") String certificateNumber,
            @Schema(examples = "2016-03") String registrationMonth,
            @Schema(examples = "210430100012345") String registrationNumber) {
    }

    @Schema(description = "A certificate to add or change. Qualification: certificate month and number required; "
            + "practising: registration month and number required; other: certificate number required.")
    public record CertificateInput(
            @Schema(examples = "0") Integer version,
            @Schema(required = true, examples = "ASSISTANT_QUALIFICATION") @NotNull CertificateKind kind,
            @Schema(examples = "临床") @Size(max = 40) String category,
            @Schema(description = "YYYY-MM", examples = "2015-12") @Size(max = 7) String certificateMonth,
            @Schema(examples = "201511110430102198501011234") @Size(max = 40) String certificateNumber,
            @Schema(description = "YYYY-MM", examples = "2016-03") @Size(max = 7) String registrationMonth,
            @Schema(examples = "210430100012345") @Size(max = 40) String registrationNumber) {
    }

    @Schema(description = "A candidate's whole profile")
    public record Profile(
            @Schema(required = true, examples = "3d5f9c1e-7a2b-4e8f-9c0d-1a2b3c4d5e6f") String id,
            @Schema(required = true, examples = "zhangsan01") String username,
            @Schema(required = true, description = "Send it back with PUT /candidates/me", examples = "0") int version,
            @Schema(required = true, description = "The exam site has verified the identity document in person")
            boolean identityVerified,
            @Schema(required = true) Basic basic,
            @Schema(required = true) Contact contact,
            @Schema(required = true) Work work,
            @Schema(required = true) List<EducationEntry> educations,
            @Schema(required = true) List<TrainingEntry> trainings,
            @Schema(required = true) List<CertificateEntry> certificates,
            @Schema(required = true) Instant createdAt) {
    }

    @Schema(description = "An operator's correction of a candidate's basic information, with the reason (audited)")
    public record BasicCorrection(
            @Schema(required = true, examples = "0") @NotNull Integer version,
            @Schema(required = true, examples = "张三") @NotBlank @Size(max = 28) String name,
            @Schema(required = true, examples = "MAINLAND") @NotNull Region region,
            @Schema(required = true, examples = "RESIDENT_ID") @NotNull DocumentType documentType,
            @Schema(required = true, examples = "110105199003071234") @NotBlank @Size(max = 32) String documentNumber,
            @Schema(examples = "MALE") Sex sex,
            @Schema(examples = "1990-03-07") LocalDate birthDate,
            @Schema(examples = "汉族") @Size(max = 20) String ethnicity,
            @Schema(required = true, description = "Why the data are corrected", examples = "现场审核核对身份证原件，姓名录入有误")
            @NotBlank @Size(max = 500) String reason) {
    }
}

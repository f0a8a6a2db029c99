package cn.examreg.candidate;

import cn.examreg.candidate.rules.DocumentType;
import cn.examreg.candidate.rules.Region;
import cn.examreg.candidate.rules.Sex;
import cn.examreg.common.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A candidate's profile: basic information (fixed after registration), contact details and work. */
@Entity
@Table(name = "candidate")
public class Candidate extends BaseEntity {
    @Column(name = "account_id")
    public String accountId;
    public String name;
    @Enumerated(EnumType.STRING)
    public Region region;
    @Enumerated(EnumType.STRING)
    @Column(name = "document_type")
    public DocumentType documentType;
    @Column(name = "document_number")
    public String documentNumber;
    @Enumerated(EnumType.STRING)
    public Sex sex;
    @Column(name = "birth_date")
    public LocalDate birthDate;
    public String ethnicity;

    public String mobile;
    public String email;
    @Column(name = "home_phone")
    public String homePhone;
    @Column(name = "work_phone")
    public String workPhone;
    public String address;
    @Column(name = "postal_code")
    public String postalCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "employment_status")
    public ProfileDtos.EmploymentStatus employmentStatus;
    public String employer;
    @Column(name = "probation_institution")
    public String probationInstitution;
    @Enumerated(EnumType.STRING)
    @Column(name = "own_status")
    public ProfileDtos.OwnStatus ownStatus;
    @Enumerated(EnumType.STRING)
    public ProfileDtos.Post post;

    @Column(name = "identity_verified")
    public boolean identityVerified;
    @Column(name = "home_area_code")
    public String homeAreaCode;

    public static Optional<Candidate> byAccount(String accountId) {
        return find("accountId", accountId).firstResultOptional();
    }

    public static Optional<Candidate> byDocument(DocumentType type, String number) {
        return find("documentType = ?1 and documentNumber = ?2", type, number).firstResultOptional();
    }

    /** The basic information as a map, for the audit trail (masked there). */
    public Map<String, Object> basicSnapshot() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", name);
        map.put("region", region);
        map.put("documentType", documentType);
        map.put("documentNumber", documentNumber);
        map.put("sex", sex);
        map.put("birthDate", birthDate == null ? null : birthDate.toString());
        map.put("ethnicity", ethnicity);
        return map;
    }

    public Map<String, Object> contactAndWorkSnapshot() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("mobile", mobile);
        map.put("email", email);
        map.put("homePhone", homePhone);
        map.put("workPhone", workPhone);
        map.put("address", address);
        map.put("postalCode", postalCode);
        map.put("employmentStatus", employmentStatus);
        map.put("employer", employer);
        map.put("probationInstitution", probationInstitution);
        map.put("ownStatus", ownStatus);
        map.put("post", post);
        return map;
    }
}

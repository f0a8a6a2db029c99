package cn.examreg.candidate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** One step of a candidate's education history. */
@Entity
@Table(name = "education")
public class Education extends ProfileEntry {
    @Column(name = "start_month")
    public String startMonth;
    @Column(name = "end_month")
    public String endMonth;
    public String school;
    public String major;
    @Enumerated(EnumType.STRING)
    public ProfileDtos.EducationLevel level;
    @Enumerated(EnumType.STRING)
    @Column(name = "study_form")
    public ProfileDtos.StudyForm studyForm;
    @Column(name = "certificate_number")
    public String certificateNumber;
    @Enumerated(EnumType.STRING)
    @Column(name = "proof_type")
    public ProfileDtos.ProofType proofType;
    @Column(name = "proof_code")
    public String proofCode;
}

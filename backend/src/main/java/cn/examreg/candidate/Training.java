package cn.examreg.candidate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A training period: standardised residency training, probation, internship or other. */
@Entity
@Table(name = "training")
public class Training extends ProfileEntry {
    @Column(name = "start_month")
    public String startMonth;
    @Column(name = "end_month")
    public String endMonth;
    public String institution;
    @Enumerated(EnumType.STRING)
    public ProfileDtos.TrainingKind kind;
    public String description;
}

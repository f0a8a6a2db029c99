package cn.examreg.candidate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A certificate, e.g. the assistant-physician qualification a 中专 candidate needs for a practising exam. */
@Entity
@Table(name = "certificate")
public class Certificate extends ProfileEntry {
    @Enumerated(EnumType.STRING)
    public ProfileDtos.CertificateKind kind;
    public String category;
    @Column(name = "certificate_month")
    public String certificateMonth;
    @Column(name = "certificate_number")
    public String certificateNumber;
    @Column(name = "registration_month")
    public String registrationMonth;
    @Column(name = "registration_number")
    public String registrationNumber;
}

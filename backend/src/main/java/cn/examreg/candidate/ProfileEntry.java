package cn.examreg.candidate;

import cn.examreg.common.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * An education, training or certificate entry of a profile. {@code locked} while an application uses it;
 * {@code verified} once a reviewer has confirmed it (both set by the application and review capabilities).
 */
@MappedSuperclass
public abstract class ProfileEntry extends BaseEntity {
    @Column(name = "candidate_id")
    public String candidateId;
    public boolean locked;
    public boolean verified;
}

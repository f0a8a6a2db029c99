package cn.examreg.common.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;

/** An aggregate row with an opaque UUID id (see {@link VersionedEntity} for version and timestamps). */
@MappedSuperclass
public abstract class BaseEntity extends VersionedEntity {
    @Id
    @Column(length = 36, nullable = false, updatable = false)
    public String id = UUID.randomUUID().toString();
}

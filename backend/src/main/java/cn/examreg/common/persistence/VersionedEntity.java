package cn.examreg.common.persistence;

import cn.examreg.common.error.ApiException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.Instant;

/** A row with an optimistic-locking version and UTC creation/update times; the subclass owns its id. */
@MappedSuperclass
public abstract class VersionedEntity extends PanacheEntityBase {
    @Version
    public int version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }

    /** Refuses a write based on a stale read: the client's version must equal the stored one. */
    public void expectVersion(Integer clientVersion) {
        if (clientVersion == null) {
            throw ApiException.invalid("version", "REQUIRED");
        }
        if (clientVersion != version) {
            throw ApiException.conflict("VERSION_CONFLICT");
        }
    }
}

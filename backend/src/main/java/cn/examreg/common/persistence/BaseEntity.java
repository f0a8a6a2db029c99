package cn.examreg.common.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** An aggregate row: an opaque UUID id, an optimistic-locking version and UTC creation/update times. */
@MappedSuperclass
public abstract class BaseEntity extends PanacheEntityBase {
    @Id
    @Column(length = 36, nullable = false, updatable = false)
    public String id = UUID.randomUUID().toString();

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
            throw cn.examreg.common.error.ApiException.invalid("version", "REQUIRED");
        }
        if (clientVersion != version) {
            throw cn.examreg.common.error.ApiException.conflict("VERSION_CONFLICT");
        }
    }
}

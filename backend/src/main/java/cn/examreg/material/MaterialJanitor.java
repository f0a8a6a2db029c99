package cn.examreg.material;

import cn.examreg.material.storage.MaterialStore;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Removes objects whose upload never got recorded (the process stopped between storing the file and committing
 * its record): every pending-object row older than {@code examreg.materials.pending-ttl} names one. Rows are
 * taken with {@code FOR UPDATE SKIP LOCKED}, so several instances never sweep the same row; an object that a
 * material row does reference is never deleted. Also removes spooled uploads and work files left by requests
 * that broke off.
 */
@ApplicationScoped
public class MaterialJanitor {
    private static final Logger LOG = Logger.getLogger(MaterialJanitor.class);
    private static final int BATCH = 100;

    @Inject
    MaterialStore store;
    @ConfigProperty(name = "examreg.materials.pending-ttl", defaultValue = "PT30M")
    Duration ttl;
    @ConfigProperty(name = "quarkus.http.body.uploads-directory")
    Path uploads;
    @ConfigProperty(name = "examreg.materials.work-dir")
    Path work;

    @Scheduled(every = "${examreg.materials.janitor-every:10m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        Instant before = Instant.now().minus(ttl);
        int removed = sweep(before);
        if (removed > 0) {
            LOG.infof("Removed %d unrecorded material object(s)", removed);
        }
        // spooled uploads and work files of requests that broke off (a request never lasts that long)
        removeFilesOlderThan(uploads, before);
        removeFilesOlderThan(work, before);
    }

    static void removeFilesOlderThan(Path dir, Instant before) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                try {
                    if (Files.isRegularFile(file) && Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                        Files.deleteIfExists(file);
                    }
                } catch (IOException e) {
                    LOG.debugf("Could not remove %s: %s", file, e.toString());
                }
            }
        } catch (IOException e) {
            LOG.warnf("Could not list %s: %s", dir, e.toString());
        }
    }

    /** Sweeps the pending objects created before {@code before}; returns how many rows it cleared. */
    public int sweep(Instant before) {
        int total = 0;
        while (true) {
            int cleared = QuarkusTransaction.requiringNew().call(() -> sweepBatch(before));
            total += cleared;
            if (cleared < BATCH) {
                return total;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private int sweepBatch(Instant before) {
        var em = Panache.getEntityManager();
        List<String> keys = em.createNativeQuery("SELECT storage_key FROM material_pending_object WHERE storage = ?1 "
                        + "AND created_at < ?2 ORDER BY created_at LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED")
                .setParameter(1, store.name()).setParameter(2, before).getResultList();
        int cleared = 0;
        for (String key : keys) {
            boolean recorded = Material.count("storage = ?1 and storageKey = ?2", store.name(), key) > 0;
            try {
                if (!recorded) {
                    store.delete(key);
                }
            } catch (IOException e) {
                LOG.warnf("Could not delete the unrecorded object %s: %s", key, e.toString());
                continue;
            }
            em.createNativeQuery("DELETE FROM material_pending_object WHERE storage = ?1 AND storage_key = ?2")
                    .setParameter(1, store.name()).setParameter(2, key).executeUpdate();
            cleared++;
        }
        return cleared;
    }
}

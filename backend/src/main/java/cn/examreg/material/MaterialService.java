package cn.examreg.material;

import cn.examreg.application.Application;
import cn.examreg.application.ApplicationMaterials;
import cn.examreg.application.ApplicationScope;
import cn.examreg.common.audit.AuditLog;
import cn.examreg.common.error.ApiException;
import cn.examreg.common.error.Violations;
import cn.examreg.common.security.CurrentUser;
import cn.examreg.material.ChecklistService.Slot;
import cn.examreg.material.MaterialDtos.MaterialDecision;
import cn.examreg.material.MaterialDtos.MaterialReview;
import cn.examreg.material.MaterialDtos.MaterialView;
import cn.examreg.material.MaterialDtos.SlotStatus;
import cn.examreg.material.content.ContentInspector;
import cn.examreg.material.content.ContentInspector.Inspected;
import cn.examreg.material.content.FileNames;
import cn.examreg.material.storage.MaterialStore;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Uploads, reviews and downloads of materials, and what applications ask of them (submission check, photo).
 *
 * <p>An upload is checked and stripped outside any transaction (the heavy part, a few at a time), then stored in
 * three steps so that a file and its record exist together or not at all: (1) a pending-object row is committed,
 * (2) the file is put into the store under its final key, (3) one transaction locks the application, records the
 * material (the slot's earlier revision stays as history) and deletes the pending row. When (3) fails the file is
 * deleted at once; when the process dies between (2) and (3) the {@link MaterialJanitor} deletes it later.
 */
@ApplicationScoped
public class MaterialService implements ApplicationMaterials {
    private static final Logger LOG = Logger.getLogger(MaterialService.class);
    private static final Pattern VERIFICATION_CODE = Pattern.compile("[0-9A-Za-z]{8,20}");

    @Inject
    ApplicationScope scope;
    @Inject
    ChecklistService checklists;
    @Inject
    MaterialStore store;
    @Inject
    AuditLog audit;
    @Inject
    CurrentUser currentUser;

    @ConfigProperty(name = "examreg.materials.work-dir")
    Path workDir;
    @ConfigProperty(name = "examreg.materials.max-concurrent-checks", defaultValue = "2")
    int maxConcurrentChecks;

    private Semaphore checks;

    @PostConstruct
    void init() {
        checks = new Semaphore(Math.max(1, maxConcurrentChecks), true);
    }

    /** What the client sent besides the file. */
    public record UploadRequest(String type, String entryId, String verificationCode, Path file, String fileName) {
    }

    /** What an upload fills, decided before the file is read. */
    private record Target(MaterialType type, String entryId, String slot, String verificationCode) {
    }

    // ---- upload --------------------------------------------------------------------------------------------

    public MaterialView upload(String applicationId, UploadRequest r, Locale locale) {
        Target target = QuarkusTransaction.requiringNew().call(() -> target(applicationId, r, locale));
        Inspected inspected = inspect(r.file(), target.type(), locale);
        String materialId = UUID.randomUUID().toString();
        String key = applicationId.substring(0, 2) + "/" + applicationId + "/" + materialId + "."
                + inspected.format().extension();
        String fileName = FileNames.sanitise(r.fileName(), inspected.format(), target.type().code.toLowerCase(Locale.ROOT));
        try {
            QuarkusTransaction.requiringNew().run(() -> pending(key, true));
            try {
                store.put(key, inspected.file());
                return QuarkusTransaction.requiringNew().call(() -> record(applicationId, materialId, key, target,
                        inspected, fileName, locale));
            } catch (IOException e) {
                discard(key);
                throw new UncheckedIOException(e);
            } catch (RuntimeException e) {
                discard(key);
                throw e;
            }
        } finally {
            try {
                Files.deleteIfExists(inspected.file());
            } catch (IOException e) {
                LOG.warnf("Could not delete the work file %s", inspected.file());
            }
        }
    }

    /** Checks the form fields and that the caller may upload to the slot now; nothing is locked yet. */
    private Target target(String applicationId, UploadRequest r, Locale locale) {
        Application a = scope.readable(applicationId);
        Violations v = new Violations();
        v.require("type", r.type());
        if (r.file() == null) {
            v.check("file", "REQUIRED");
        }
        v.throwIfAny();
        MaterialType type = MaterialType.findById(r.type().trim());
        if (type == null) {
            throw ApiException.invalid("type", "MATERIAL_TYPE_UNKNOWN", r.type().trim());
        }
        String entryId = blankToNull(r.entryId());
        if (type.perEntry && entryId == null) {
            v.check("entryId", "REQUIRED");
        } else if (!type.perEntry && entryId != null) {
            v.check("entryId", "MATERIAL_ENTRY_NOT_EXPECTED");
        }
        String code = blankToNull(r.verificationCode());
        if (type.needsVerificationCode) {
            v.require("verificationCode", code);
            if (code != null && !VERIFICATION_CODE.matcher(code).matches()) {
                v.check("verificationCode", "VERIFICATION_CODE_FORMAT");
            }
        }
        v.throwIfAny();
        String slot = Material.slotOf(type.code, entryId);
        Slot s = slot(a, slot, type, entryId);
        refuseIfClosed(a, s.status(), locale);
        return new Target(type, entryId, slot, type.needsVerificationCode ? code.toUpperCase(Locale.ROOT) : null);
    }

    /** The slot of the application's checklist, or 400 naming why the upload does not fit the application. */
    private Slot slot(Application a, String slot, MaterialType type, String entryId) {
        return checklists.slots(a).stream().filter(s -> s.requirement().slot().equals(slot)).findFirst()
                .orElseThrow(() -> type.perEntry
                        ? ApiException.invalid("entryId", "MATERIAL_ENTRY_UNKNOWN")
                        : ApiException.invalid("type", "MATERIAL_NOT_APPLICABLE", type.code));
    }

    private static void refuseIfClosed(Application a, SlotStatus current, Locale locale) {
        String refusal = MaterialRules.uploadRefusal(a.state, a.reviewLevel, current);
        if (refusal != null) {
            throw new ApiException(409, refusal, ChecklistService.stateLabel(a, locale));
        }
    }

    private Inspected inspect(Path file, MaterialType type, Locale locale) {
        boolean acquired = false;
        try {
            acquired = checks.tryAcquire(30, TimeUnit.SECONDS);
            if (!acquired) {
                throw new ApiException(503, "BUSY");
            }
            return ContentInspector.inspect(file, type.rules(locale), workDir);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "BUSY");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (acquired) {
                checks.release();
            }
        }
    }

    /** Step 3: records the stored file as the slot's new current revision, under the application's row lock. */
    private MaterialView record(String applicationId, String materialId, String key, Target t, Inspected f,
                                String fileName, Locale locale) {
        Application a = scope.lockedForReview(applicationId);
        Slot s = slot(a, t.slot(), t.type(), t.entryId());
        refuseIfClosed(a, s.status(), locale);
        Material previous = s.current();
        if (previous != null) {
            previous.currentKey = null;
            previous.replacedAt = Instant.now();
            previous.persistAndFlush();
        }
        Material m = new Material();
        m.id = materialId;
        m.applicationId = a.id;
        m.typeCode = t.type().code;
        m.entryId = t.entryId();
        m.slot = t.slot();
        m.revision = s.revisions() + 1;
        m.currentKey = Material.currentKeyOf(a.id, t.slot());
        m.status = Material.Status.PENDING;
        m.format = f.format();
        m.contentType = f.format().contentType();
        m.sizeBytes = f.size();
        m.sha256 = f.sha256();
        m.width = f.width();
        m.height = f.height();
        m.pages = f.pages();
        m.fileName = fileName;
        m.verificationCode = t.verificationCode();
        m.storage = store.name();
        m.storageKey = key;
        m.uploadedBy = currentUser.isAuthenticated() ? currentUser.accountId() : null;
        m.uploadedRole = currentUser.role();
        m.persistAndFlush();
        pending(key, false);
        Map<String, Object> before = previous == null ? null : Map.of("current", previous.id,
                "revision", previous.revision, "status", previous.status.name());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("applicationId", a.id);
        after.put("slot", m.slot);
        after.put("revision", m.revision);
        after.put("format", m.format.name());
        after.put("size", m.sizeBytes);
        after.put("sha256", m.sha256);
        audit.record("MATERIAL_UPLOAD", "material", m.id, before, after, null);
        return ChecklistService.view(m);
    }

    /** Adds or removes the pending-object row of a key (inside the caller's transaction). */
    private void pending(String key, boolean add) {
        var em = Panache.getEntityManager();
        if (add) {
            em.createNativeQuery("INSERT INTO material_pending_object (storage, storage_key, created_at) VALUES (?1, ?2, ?3)")
                    .setParameter(1, store.name()).setParameter(2, key).setParameter(3, Instant.now()).executeUpdate();
        } else {
            em.createNativeQuery("DELETE FROM material_pending_object WHERE storage = ?1 AND storage_key = ?2")
                    .setParameter(1, store.name()).setParameter(2, key).executeUpdate();
        }
    }

    /** Deletes a stored object whose record did not commit, then its pending row (else the janitor does both). */
    private void discard(String key) {
        try {
            store.delete(key);
            QuarkusTransaction.requiringNew().run(() -> pending(key, false));
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Could not discard the unrecorded object %s now (%s); the janitor will", key, e.toString());
        }
    }

    // ---- review --------------------------------------------------------------------------------------------

    /**
     * Accepts or rejects the slot's current revision. The application row is locked first (as uploads do), and
     * the material is read after the lock, so a decision never lands on a revision replaced meanwhile.
     */
    public MaterialView review(String materialId, MaterialReview r, Locale locale) {
        String applicationId = QuarkusTransaction.requiringNew().call(() -> {
            Material m = Material.findById(materialId);
            return m == null ? null : m.applicationId;
        });
        if (applicationId == null) {
            throw ApiException.notFound("material");
        }
        return QuarkusTransaction.requiringNew().call(() -> decide(applicationId, materialId, r, locale));
    }

    private MaterialView decide(String applicationId, String materialId, MaterialReview r, Locale locale) {
        Application a = scope.lockedForReview(applicationId);
        Material m = Material.findById(materialId);
        if (!m.isCurrent()) {
            throw new ApiException(409, "MATERIAL_REPLACED");
        }
        if (!MaterialRules.reviewable(a.state)) {
            throw new ApiException(409, "MATERIAL_NOT_REVIEWABLE", ChecklistService.stateLabel(a, locale));
        }
        String reason = blankToNull(r.reason());
        if (r.decision() == MaterialDecision.REJECT && reason == null) {
            throw ApiException.invalid("reason", "REQUIRED");
        }
        Material.Status before = m.status;
        m.status = r.decision() == MaterialDecision.ACCEPT ? Material.Status.ACCEPTED : Material.Status.REJECTED;
        m.reviewReason = r.decision() == MaterialDecision.REJECT ? reason : null;
        m.reviewedBy = currentUser.accountId();
        m.reviewedRole = currentUser.role();
        m.reviewedAt = Instant.now();
        m.persistAndFlush();
        audit.record("MATERIAL_" + r.decision().name(), "material", m.id, Map.of("status", before.name()),
                Map.of("status", m.status.name(), "applicationId", a.id, "slot", m.slot), reason);
        return ChecklistService.view(m);
    }

    // ---- reads ---------------------------------------------------------------------------------------------

    public List<MaterialView> list(String applicationId) {
        Application a = scope.readable(applicationId);
        return Material.ofApplication(a.id).stream().map(ChecklistService::view).toList();
    }

    /** A material the caller may read, with a way to open its bytes. */
    public record Download(Material material, MaterialStore store) {
        public InputStream open() throws IOException {
            return store.open(material.storageKey);
        }
    }

    public Download content(String materialId) {
        Material m = Material.findById(materialId);
        if (m == null) {
            throw ApiException.notFound("material");
        }
        scope.readable(m.applicationId);
        return new Download(m, store);
    }

    // ---- for applications ----------------------------------------------------------------------------------

    @Override
    public List<ApiException.FieldError> submitProblems(Application a, Locale locale) {
        List<ApiException.FieldError> problems = new ArrayList<>();
        for (Slot s : checklists.slots(a)) {
            if (!s.requirement().required()) {
                continue;
            }
            String field = "materials." + s.type().code;
            if (s.status() == SlotStatus.MISSING) {
                problems.add(new ApiException.FieldError(field, "MATERIAL_MISSING", ChecklistService.label(s, locale)));
            } else if (s.status() == SlotStatus.REJECTED) {
                problems.add(new ApiException.FieldError(field, "MATERIAL_REJECTED", ChecklistService.label(s, locale),
                        s.current().reviewReason == null ? "" : s.current().reviewReason));
            }
        }
        return problems;
    }

    @Override
    public byte[] acceptedPhoto(Application a) {
        Material photo = Material.find("applicationId = ?1 and slot = ?2 and currentKey is not null and status = ?3",
                a.id, MaterialType.PHOTO, Material.Status.ACCEPTED).firstResult();
        if (photo == null) {
            return null;
        }
        try (InputStream in = store.open(photo.storageKey)) {
            return in.readNBytes((int) Math.min(photo.sizeBytes, 1 << 20));
        } catch (IOException e) {
            LOG.warnf("The accepted photo %s could not be read: %s", photo.id, e.toString());
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}

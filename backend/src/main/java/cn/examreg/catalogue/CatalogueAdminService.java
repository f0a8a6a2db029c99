package cn.examreg.catalogue;

import cn.examreg.catalogue.CatalogueDtos.AreaSchedule;
import cn.examreg.catalogue.CatalogueDtos.ExamCreate;
import cn.examreg.catalogue.CatalogueDtos.ExamSummary;
import cn.examreg.catalogue.CatalogueDtos.FeeInput;
import cn.examreg.catalogue.CatalogueDtos.FeeView;
import cn.examreg.catalogue.CatalogueDtos.InstitutionsUpdate;
import cn.examreg.catalogue.CatalogueDtos.SiteCreate;
import cn.examreg.catalogue.CatalogueDtos.SiteUpdate;
import cn.examreg.catalogue.CatalogueDtos.SiteView;
import cn.examreg.catalogue.CatalogueDtos.WindowInput;
import cn.examreg.catalogue.ExamAreaWindow.SkillsPayableFrom;
import cn.examreg.common.audit.AuditLog;
import cn.examreg.common.error.ApiException;
import cn.examreg.common.error.Violations;
import cn.examreg.common.security.CurrentUser;
import cn.examreg.common.security.Roles;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Operator changes to the catalogue. National operators configure everything; an area operator configures the
 * sites, windows and fees of its own area only. Every change checks the client's version (409 VERSION_CONFLICT
 * when stale) and is written to the audit trail in the same transaction.
 */
@ApplicationScoped
public class CatalogueAdminService {
    /** Largest fee accepted, in fen (¥10,000): catches an amount typed in the wrong unit. */
    public static final long MAX_AMOUNT_FEN = 1_000_000L;
    private static final Pattern SITE_CODE = Pattern.compile("[0-9A-Za-z]{4,16}");

    @Inject
    CatalogueService catalogue;
    @Inject
    CatalogueViews views;
    @Inject
    CurrentUser currentUser;
    @Inject
    AuditLog audit;

    /** A result of an upsert: the view and whether it was created (201) rather than changed (200). */
    public record Saved<T>(T view, boolean created) {
    }

    @Transactional
    public ExamSummary createExam(ExamCreate r, Violations v) {
        requireNational();
        if (r.year() != null && (r.year() < CatalogueResource.MIN_YEAR || r.year() > CatalogueResource.MAX_YEAR)) {
            v.check("year", "YEAR_RANGE", String.valueOf(CatalogueResource.MIN_YEAR),
                    String.valueOf(CatalogueResource.MAX_YEAR));
        }
        String categoryCode = r.categoryCode() == null ? null : r.categoryCode().trim();
        if (!v.has("categoryCode") && catalogue.findCategory(categoryCode).isEmpty()) {
            v.check("categoryCode", "UNKNOWN_CATEGORY");
        }
        v.throwIfAny();
        String code = Exam.codeOf(r.year(), categoryCode);
        if (catalogue.exam(code).isPresent()) {
            throw examExists(code);
        }
        Exam exam = new Exam();
        exam.code = code;
        exam.year = r.year();
        exam.categoryCode = categoryCode;
        persistUnique(exam, () -> examExists(code));
        audit.record("EXAM_CREATED", "exam", code, null, Map.of("year", exam.year, "categoryCode", categoryCode), null);
        return views.summary(exam);
    }

    @Transactional
    public SiteView createSite(String areaCode, SiteCreate r, Violations v) {
        ExamArea area = configurableArea(areaCode);
        String code = r.code() == null ? null : r.code().trim();
        if (!v.has("code") && (!SITE_CODE.matcher(code).matches() || !code.startsWith(area.code))) {
            v.check("code", "SITE_CODE_FORMAT", area.code);
        }
        v.throwIfAny();
        if (catalogue.site(code).isPresent()) {
            throw siteExists(code);
        }
        ExamSite site = new ExamSite();
        site.code = code;
        site.areaCode = area.code;
        site.name = r.name().trim();
        site.address = blankToNull(r.address());
        site.restricted = Boolean.TRUE.equals(r.restricted());
        persistUnique(site, () -> siteExists(code));
        List<String> institutions = storeInstitutions(site.code, r.institutions() == null ? List.of() : r.institutions());
        Map<String, Object> after = snapshot(site);
        after.put("institutions", institutions);
        audit.record("SITE_CREATED", "exam_site", code, null, after, null);
        return views.site(site);
    }

    @Transactional
    public SiteView updateSite(String code, SiteUpdate r) {
        ExamSite site = configurableSite(code);
        site.expectVersion(r.version());
        Map<String, Object> before = snapshot(site);
        site.name = r.name().trim();
        site.address = blankToNull(r.address());
        site.restricted = r.restricted();
        site.persistAndFlush();
        auditChange("SITE_UPDATED", "exam_site", code, before, snapshot(site));
        return views.site(site);
    }

    /** Replaces the whole institution list; the site's version moves on, so a stale list is never written. */
    @Transactional
    public SiteView replaceInstitutions(String code, InstitutionsUpdate r) {
        ExamSite site = configurableSite(code);
        lockForUpdate(site);
        site.expectVersion(r.version());
        List<String> before = catalogue.institutions(code);
        SiteInstitution.delete("siteCode", code);
        Panache.getEntityManager().flush();
        List<String> after = storeInstitutions(code, r.institutions());
        touch(site);
        audit.record("SITE_INSTITUTIONS_REPLACED", "exam_site", code, Map.of("institutions", before),
                Map.of("institutions", after), null);
        return views.site(site);
    }

    @Transactional
    public Saved<AreaSchedule> setWindow(String examCode, String areaCode, WindowInput r, Violations v) {
        ExamArea area = configurableArea(areaCode);
        Exam exam = catalogue.exam(examCode).orElseThrow(() -> ApiException.notFound("exam " + examCode));
        Instant regOpens = instant(r.registrationOpens());
        Instant regCloses = instant(r.registrationCloses());
        Instant revOpens = instant(r.reviewOpens());
        Instant revCloses = instant(r.reviewCloses());
        if (regOpens != null && regCloses != null && !regCloses.isAfter(regOpens)) {
            v.check("registrationCloses", "CLOSES_NOT_AFTER_OPENS");
        }
        if (regOpens != null && revOpens != null && revOpens.isBefore(regOpens)) {
            v.check("reviewOpens", "REVIEW_BEFORE_REGISTRATION");
        }
        if (revOpens != null && revCloses != null && !revCloses.isAfter(revOpens)) {
            v.check("reviewCloses", "CLOSES_NOT_AFTER_OPENS");
        } else if (regCloses != null && revCloses != null && revCloses.isBefore(regCloses)) {
            v.check("reviewCloses", "REVIEW_CLOSES_BEFORE_REGISTRATION");
        }
        v.throwIfAny();
        ExamAreaWindow window = catalogue.window(exam.code, area.code).orElse(null);
        boolean created = window == null;
        Map<String, Object> before = null;
        if (created) {
            window = new ExamAreaWindow();
            window.examCode = exam.code;
            window.areaCode = area.code;
        } else {
            window.expectVersion(r.version());
            before = snapshot(window);
        }
        window.registrationOpens = regOpens;
        window.registrationCloses = regCloses;
        window.reviewOpens = revOpens;
        window.reviewCloses = revCloses;
        window.skillsPayableFrom = r.skillsPayableFrom() == null ? SkillsPayableFrom.SITE_APPROVED : r.skillsPayableFrom();
        ExamAreaWindow saved = window;
        persistUnique(saved, () -> ApiException.conflict("VERSION_CONFLICT"));
        auditChange(created ? "WINDOW_CREATED" : "WINDOW_UPDATED", "exam_area_window", exam.code + "/" + area.code,
                before, snapshot(saved));
        return new Saved<>(views.schedule(area, saved, catalogue.fees(exam.code, area.code), Instant.now()), created);
    }

    @Transactional
    public Saved<FeeView> setFee(String examCode, String areaCode, FeeItem.Item item, FeeInput r, Violations v) {
        ExamArea area = configurableArea(areaCode);
        Exam exam = catalogue.exam(examCode).orElseThrow(() -> ApiException.notFound("exam " + examCode));
        if (r.amountFen() != null && (r.amountFen() < 1 || r.amountFen() > MAX_AMOUNT_FEN)) {
            v.check("amountFen", "AMOUNT_FEN_RANGE", String.valueOf(MAX_AMOUNT_FEN));
        }
        Instant opens = instant(r.payOpens());
        Instant closes = instant(r.payCloses());
        if (opens != null && closes != null && !closes.isAfter(opens)) {
            v.check("payCloses", "CLOSES_NOT_AFTER_OPENS");
        }
        v.throwIfAny();
        FeeItem fee = catalogue.fee(exam.code, area.code, item).orElse(null);
        boolean created = fee == null;
        Map<String, Object> before = null;
        if (created) {
            fee = new FeeItem();
            fee.examCode = exam.code;
            fee.areaCode = area.code;
            fee.item = item;
        } else {
            fee.expectVersion(r.version());
            before = snapshot(fee);
        }
        fee.amountFen = r.amountFen();
        fee.payOpens = opens;
        fee.payCloses = closes;
        fee.offerChannels(r.channels());
        if (r.payableAfter() != null) {
            fee.payableAfter = r.payableAfter();
        }
        FeeItem saved = fee;
        persistUnique(saved, () -> ApiException.conflict("VERSION_CONFLICT"));
        auditChange(created ? "FEE_CREATED" : "FEE_UPDATED", "fee_item", exam.code + "/" + area.code + "/" + item,
                before, snapshot(saved));
        return new Saved<>(views.fee(saved, Instant.now()), created);
    }

    /**
     * Records a creation or a real change; a write that changed nothing (the same values sent again) neither moves
     * the version on nor fills the audit trail.
     */
    private void auditChange(String action, String entityType, String entityId, Map<String, Object> before,
                             Map<String, Object> after) {
        if (!after.equals(before)) {
            audit.record(action, entityType, entityId, before, after, null);
        }
    }

    // ---- scope ----

    private void requireNational() {
        if (!Roles.NATIONAL.equals(currentUser.role())) {
            throw ApiException.forbidden();
        }
    }

    /** The area, when the caller may configure it: national operators any, area operators their own. */
    private ExamArea configurableArea(String areaCode) {
        requireScope(areaCode);
        return catalogue.area(areaCode).orElseThrow(() -> ApiException.notFound("exam area " + areaCode));
    }

    private ExamSite configurableSite(String code) {
        ExamSite site = catalogue.site(code).orElseThrow(() -> ApiException.notFound("exam site " + code));
        requireScope(site.areaCode);
        return site;
    }

    private void requireScope(String areaCode) {
        String role = currentUser.role();
        if (Roles.NATIONAL.equals(role)) {
            return;
        }
        if (Roles.AREA.equals(role) && Objects.equals(currentUser.areaCode(), areaCode)) {
            return;
        }
        throw ApiException.forbidden();
    }

    // ---- helpers ----

    private static List<String> storeInstitutions(String siteCode, List<String> names) {
        Set<String> unique = new LinkedHashSet<>();
        for (String name : names) {
            if (name != null && !name.isBlank()) {
                unique.add(name.trim());
            }
        }
        for (String name : unique) {
            SiteInstitution institution = new SiteInstitution();
            institution.siteCode = siteCode;
            institution.institution = name;
            institution.persist();
        }
        return List.copyOf(unique);
    }

    /** Inserts or flushes the entity, turning a unique-key race (two creations at once) into {@code conflict}. */
    private static void persistUnique(io.quarkus.hibernate.orm.panache.PanacheEntityBase entity,
                                      java.util.function.Supplier<ApiException> conflict) {
        try {
            entity.persistAndFlush();
        } catch (ConstraintViolationException e) {
            throw conflict.get();
        } catch (PersistenceException e) {
            if (e.getCause() instanceof ConstraintViolationException) {
                throw conflict.get();
            }
            throw e;
        }
    }

    /**
     * Locks the site's row and reloads it, so that replacements of one institution list take turns and a concurrent
     * one sees the new version (409). A native FOR UPDATE: Hibernate's MySQL dialect writes "FOR UPDATE OF alias",
     * which MariaDB does not understand.
     */
    private static void lockForUpdate(ExamSite site) {
        Panache.getEntityManager().createNativeQuery("SELECT code FROM exam_site WHERE code = ?1 FOR UPDATE")
                .setParameter(1, site.code).getSingleResult();
        Panache.getEntityManager().refresh(site);
    }

    /** Marks a site changed so that its version moves on when only its institution list changed. */
    private static void touch(ExamSite site) {
        site.updatedAt = Instant.now();
        site.persistAndFlush();
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant().truncatedTo(ChronoUnit.SECONDS);
    }

    private static ApiException examExists(String code) {
        return new ApiException(409, "EXAM_EXISTS", List.of(new ApiException.FieldError("categoryCode", "EXAM_EXISTS")),
                code);
    }

    private static ApiException siteExists(String code) {
        return new ApiException(409, "SITE_EXISTS", List.of(new ApiException.FieldError("code", "SITE_EXISTS")), code);
    }

    private static Map<String, Object> snapshot(ExamSite s) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", s.name);
        map.put("address", s.address);
        map.put("restricted", s.restricted);
        return map;
    }

    private static Map<String, Object> snapshot(ExamAreaWindow w) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("registrationOpens", String.valueOf(w.registrationOpens));
        map.put("registrationCloses", String.valueOf(w.registrationCloses));
        map.put("reviewOpens", String.valueOf(w.reviewOpens));
        map.put("reviewCloses", String.valueOf(w.reviewCloses));
        map.put("skillsPayableFrom", String.valueOf(w.skillsPayableFrom));
        return map;
    }

    private static Map<String, Object> snapshot(FeeItem f) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("amountFen", f.amountFen);
        map.put("payOpens", String.valueOf(f.payOpens));
        map.put("payCloses", String.valueOf(f.payCloses));
        map.put("channels", f.channels);
        map.put("payableAfter", String.valueOf(f.payableAfter));
        return map;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

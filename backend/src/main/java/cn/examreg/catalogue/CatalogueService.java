package cn.examreg.catalogue;

import cn.examreg.catalogue.ExamCategory.Discipline;
import cn.examreg.catalogue.ExamCategory.Level;
import cn.examreg.common.error.ApiException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Read access to the catalogue for every capability: categories, areas, sites and their institution lists,
 * exams, per-area windows and fee items. The entities returned are managed: read them, never change them
 * (changes go through {@link CatalogueAdminService}, which checks scope, versions and writes the audit trail).
 *
 * <p>Windows are judged on UTC instants: a window is open from its opening instant (inclusive) until its closing
 * instant (exclusive); the API shows them in China time.
 */
@ApplicationScoped
public class CatalogueService {

    /** All categories in the national order (110, 120, … 260). */
    public List<ExamCategory> categories() {
        return ExamCategory.listAll(Sort.by("sortOrder").and("code"));
    }

    /** The category of a code; 404 NOT_FOUND when there is none (an exam's category always exists). */
    public ExamCategory category(String code) {
        return findCategory(code).orElseThrow(() -> ApiException.notFound("exam category " + code));
    }

    public Optional<ExamCategory> findCategory(String code) {
        return code == null ? Optional.empty() : ExamCategory.findByIdOptional(code);
    }

    /** The 32 exam areas by code. */
    public List<ExamArea> areas() {
        return ExamArea.listAll(Sort.by("code"));
    }

    public Optional<ExamArea> area(String code) {
        return code == null ? Optional.empty() : ExamArea.findByIdOptional(code);
    }

    public Optional<Exam> exam(String code) {
        return code == null ? Optional.empty() : Exam.findByIdOptional(code);
    }

    /**
     * Exams matching every given filter (null = any), newest year first, then in category order.
     *
     * @param categoryCode a category code such as 110
     * @param level        practising or assistant
     * @param discipline   clinical, dental, …
     * @param year         the exam year
     */
    public List<Exam> exams(String categoryCode, Level level, Discipline discipline, Integer year) {
        Map<String, ExamCategory> categories = categories().stream()
                .filter(c -> categoryCode == null || c.code.equals(categoryCode))
                .filter(c -> level == null || c.level == level)
                .filter(c -> discipline == null || c.discipline == discipline)
                .collect(Collectors.toMap(c -> c.code, Function.identity()));
        if (categories.isEmpty()) {
            return List.of();
        }
        List<Exam> exams = year == null
                ? Exam.list("categoryCode in ?1", categories.keySet())
                : Exam.list("categoryCode in ?1 and year = ?2", categories.keySet(), year);
        return exams.stream()
                .sorted(Comparator.<Exam>comparingInt(e -> -e.year)
                        .thenComparingInt(e -> categories.get(e.categoryCode).sortOrder))
                .toList();
    }

    public Optional<ExamSite> site(String code) {
        return code == null ? Optional.empty() : ExamSite.findByIdOptional(code);
    }

    /** The sites of an area by code. */
    public List<ExamSite> sites(String areaCode) {
        return ExamSite.list("areaCode", Sort.by("code"), areaCode);
    }

    /** The probation institutions on a site's list, in the order given (kept even while the site is unrestricted). */
    public List<String> institutions(String siteCode) {
        return SiteInstitution.<SiteInstitution>list("siteCode", Sort.by("id"), siteCode).stream()
                .map(i -> i.institution).toList();
    }

    /**
     * Whether a candidate whose probation institution (试用机构) is {@code institution} may choose the site: always
     * for an unrestricted site; for a restricted one only when the institution is on its list (compared trimmed,
     * ignoring case). False for an unknown site.
     */
    public boolean siteAccepts(String siteCode, String institution) {
        return site(siteCode).map(s -> s.accepts(institution)).orElse(false);
    }

    public Optional<ExamAreaWindow> window(String examCode, String areaCode) {
        return ExamAreaWindow.of(examCode, areaCode);
    }

    /** The windows of an exam in every configured area, by area code. */
    public List<ExamAreaWindow> windows(String examCode) {
        return ExamAreaWindow.list("examCode", Sort.by("areaCode"), examCode);
    }

    /** The fee items of an exam in an area: SKILLS before WRITTEN. */
    public List<FeeItem> fees(String examCode, String areaCode) {
        return FeeItem.<FeeItem>list("examCode = ?1 and areaCode = ?2", examCode, areaCode).stream()
                .sorted(Comparator.comparing(f -> f.item)).toList();
    }

    /** The fee items of an exam in every area. */
    public List<FeeItem> fees(String examCode) {
        return FeeItem.list("examCode", Sort.by("areaCode").and("item"), examCode);
    }

    public Optional<FeeItem> fee(String examCode, String areaCode, FeeItem.Item item) {
        return FeeItem.find("examCode = ?1 and areaCode = ?2 and item = ?3", examCode, areaCode, item)
                .firstResultOptional();
    }

    /** Whether candidates can register (or withdraw) for the exam in the area at {@code at}. */
    public boolean registrationOpen(String examCode, String areaCode, Instant at) {
        return window(examCode, areaCode).map(w -> w.registrationOpenAt(at)).orElse(false);
    }

    /** Whether reviewers can act on applications of the exam in the area at {@code at}. */
    public boolean reviewOpen(String examCode, String areaCode, Instant at) {
        return window(examCode, areaCode).map(w -> w.reviewOpenAt(at)).orElse(false);
    }

    /** Whether the fee item exists and its payment window is open at {@code at}. */
    public boolean feePayable(String examCode, String areaCode, FeeItem.Item item, Instant at) {
        return fee(examCode, areaCode, item).map(f -> f.payableAt(at)).orElse(false);
    }
}

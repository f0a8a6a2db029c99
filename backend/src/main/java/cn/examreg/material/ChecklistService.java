package cn.examreg.material;

import cn.examreg.application.Application;
import cn.examreg.application.ApplicationScope;
import cn.examreg.candidate.Candidate;
import cn.examreg.candidate.CandidateService;
import cn.examreg.candidate.Certificate;
import cn.examreg.candidate.Education;
import cn.examreg.candidate.ProfileEntry;
import cn.examreg.candidate.ProfileEntryService;
import cn.examreg.catalogue.CatalogueService;
import cn.examreg.catalogue.ExamCategory;
import cn.examreg.common.i18n.Messages;
import cn.examreg.material.MaterialDtos.Checklist;
import cn.examreg.material.MaterialDtos.ChecklistEntry;
import cn.examreg.material.MaterialDtos.ChecklistItem;
import cn.examreg.material.MaterialDtos.MaterialTypeView;
import cn.examreg.material.MaterialDtos.MaterialView;
import cn.examreg.material.MaterialDtos.SlotStatus;
import cn.examreg.material.MaterialRequirements.EducationFact;
import cn.examreg.material.MaterialRequirements.Facts;
import cn.examreg.material.MaterialRequirements.Requirement;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The checklist of an application: the slots its data call for ({@link MaterialRequirements}), each with the
 * current file and its review status. Also the material types and the per-area requirements they depend on.
 */
@ApplicationScoped
public class ChecklistService {
    @Inject
    ApplicationScope scope;
    @Inject
    CandidateService candidates;
    @Inject
    ProfileEntryService entries;
    @Inject
    CatalogueService catalogue;

    /** One slot with what fills it now. */
    record Slot(Requirement requirement, MaterialType type, Education education, Material current, int revisions) {
        SlotStatus status() {
            return MaterialRules.statusOf(current);
        }
    }

    public List<MaterialTypeView> types(Locale locale) {
        return MaterialType.all().stream().map(t -> typeView(t, locale)).toList();
    }

    public Checklist checklist(String applicationId, Locale locale) {
        Application a = scope.readable(applicationId);
        List<Slot> slots = slots(a);
        boolean editable = MaterialRules.editable(a.state, a.reviewLevel);
        boolean candidate = scope.isCandidate();
        List<ChecklistItem> items = new ArrayList<>();
        for (Slot s : slots) {
            Education e = s.education();
            items.add(new ChecklistItem(s.requirement().slot(), typeView(s.type(), locale),
                    e == null ? null : new ChecklistEntry(e.id, e.school, e.level, e.proofCode),
                    s.requirement().required(),
                    reason(s.requirement(), a, locale),
                    s.status(), s.current() == null ? null : view(s.current()), s.revisions(),
                    candidate && MaterialRules.uploadRefusal(a.state, a.reviewLevel, s.status()) == null));
        }
        List<Slot> required = slots.stream().filter(s -> s.requirement().required()).toList();
        int missing = count(required, SlotStatus.MISSING);
        int rejected = count(required, SlotStatus.REJECTED);
        int pending = count(required, SlotStatus.PENDING_REVIEW);
        int accepted = count(required, SlotStatus.ACCEPTED);
        String frozen = editable ? null : Messages.problem(locale, "MATERIALS_FROZEN.detail", stateLabel(a, locale));
        return new Checklist(a.id, missing == 0 && rejected == 0, accepted == required.size(), editable, frozen,
                missing, rejected, pending, accepted, items);
    }

    private String reason(Requirement r, Application a, Locale locale) {
        Object[] args = r.reasonArgs().toArray();
        if ("REASON_AREA".equals(r.reason()) && a.areaCode != null) {
            args = new Object[] {catalogue.area(a.areaCode)
                    .map(x -> "en".equals(locale.getLanguage()) ? x.nameEn : x.nameZh).orElse(a.areaCode)};
        }
        return Messages.rule(locale, r.reason(), args);
    }

    private static int count(List<Slot> slots, SlotStatus status) {
        return (int) slots.stream().filter(s -> s.status() == status).count();
    }

    /** The slots of an application in checklist order (by type, then by the order of the chosen educations). */
    List<Slot> slots(Application a) {
        Candidate c = candidates.find(a.candidateId);
        ExamCategory category = catalogue.category(catalogue.exam(a.examCode).orElseThrow().categoryCode);
        List<ProfileEntry> chosen = entries.entries(c.id, a.entryIds());
        Map<String, Education> educations = chosen.stream().filter(Education.class::isInstance)
                .map(Education.class::cast).collect(Collectors.toMap(e -> e.id, Function.identity()));
        List<String> educationOrder = a.educations().stream().filter(educations::containsKey).toList();
        Certificate certificate = chosen.stream().filter(Certificate.class::isInstance).map(Certificate.class::cast)
                .findFirst().orElse(null);
        List<EducationFact> facts = educationOrder.stream().map(educations::get)
                .map(e -> new EducationFact(e.id, e.level, e.school, e.certificateNumber, e.proofType, e.proofCode))
                .toList();
        String areaName = a.areaCode == null ? null : catalogue.area(a.areaCode).map(x -> x.nameZh).orElse(null);
        List<Requirement> requirements = MaterialRequirements.of(new Facts(category.level, c.employmentStatus,
                c.ownStatus != null, c.region, facts, certificate == null ? null : certificate.kind, areaName,
                new LinkedHashSet<>(areaTypes(a.areaCode))));

        Map<String, MaterialType> types = MaterialType.all().stream()
                .collect(Collectors.toMap(t -> t.code, Function.identity()));
        Map<String, Material> current = Material.currentOf(a.id).stream()
                .collect(Collectors.toMap(m -> m.slot, Function.identity()));
        Map<String, Integer> revisions = revisionCounts(a.id);
        List<Slot> slots = new ArrayList<>();
        for (Requirement r : requirements) {
            MaterialType type = types.get(r.typeCode());
            if (type == null) {
                continue;
            }
            slots.add(new Slot(r, type, r.entryId() == null ? null : educations.get(r.entryId()),
                    current.get(r.slot()), revisions.getOrDefault(r.slot(), 0)));
        }
        slots.sort(Comparator.comparingInt((Slot s) -> s.type().sortOrder)
                .thenComparingInt(s -> s.education() == null ? -1 : educationOrder.indexOf(s.education().id)));
        return slots;
    }

    private static Map<String, Integer> revisionCounts(String applicationId) {
        List<Object[]> rows = Panache.getEntityManager().createQuery(
                        "select m.slot, count(m) from Material m where m.applicationId = ?1 group by m.slot", Object[].class)
                .setParameter(1, applicationId).getResultList();
        Map<String, Integer> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.put((String) row[0], ((Number) row[1]).intValue());
        }
        return counts;
    }

    /** The material types an exam area requires of every application. */
    @SuppressWarnings("unchecked")
    public List<String> areaTypes(String areaCode) {
        if (areaCode == null) {
            return List.of();
        }
        return Panache.getEntityManager().createNativeQuery(
                        "SELECT r.type_code FROM material_area_requirement r JOIN material_type t ON t.code = r.type_code "
                                + "WHERE r.area_code = ?1 ORDER BY t.sort_order")
                .setParameter(1, areaCode).getResultList();
    }

    static MaterialTypeView typeView(MaterialType t, Locale locale) {
        return new MaterialTypeView(t.code, t.name(locale), t.description(locale),
                t.formatSet().stream().sorted().toList(), t.maxBytes, t.minWidth, t.maxWidth, t.minHeight, t.maxHeight,
                t.minAspectPermille, t.maxAspectPermille, t.perEntry, t.needsVerificationCode);
    }

    static MaterialView view(Material m) {
        return new MaterialView(m.id, m.applicationId, m.typeCode, m.entryId, m.slot, m.revision, m.isCurrent(),
                m.status, m.reviewReason, m.reviewedAt, m.format, m.contentType, m.sizeBytes, m.sha256, m.width,
                m.height, m.pages, m.fileName, m.verificationCode, m.createdAt, m.uploadedRole);
    }

    /** "Type name" or "Type name（school）" for messages naming a slot. */
    static String label(Slot s, Locale locale) {
        String name = s.type().name(locale);
        Education e = s.education();
        if (e == null || e.school == null || e.school.isBlank()) {
            return name;
        }
        return "en".equals(locale.getLanguage()) ? name + " (" + e.school + ")" : name + "（" + e.school + "）";
    }

    static String stateLabel(Application a, Locale locale) {
        return Messages.rule(locale, "STATE_" + a.state.name()
                + (a.reviewLevel != null && a.state.name().equals("UNDER_REVIEW") ? "_" + a.reviewLevel.name() : ""));
    }
}

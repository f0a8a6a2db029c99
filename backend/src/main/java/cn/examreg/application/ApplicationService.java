package cn.examreg.application;

import cn.examreg.application.ApplicationDtos.ApplicantSummary;
import cn.examreg.application.ApplicationDtos.ApplicationCreate;
import cn.examreg.application.ApplicationDtos.ApplicationPatch;
import cn.examreg.application.ApplicationDtos.ApplicationView;
import cn.examreg.application.ApplicationDtos.ExtraSubject;
import cn.examreg.application.ApplicationDtos.HistoryEntry;
import cn.examreg.application.ApplicationDtos.LevelProgress;
import cn.examreg.application.ApplicationDtos.LevelStatus;
import cn.examreg.application.ApplicationDtos.Step;
import cn.examreg.application.ApplicationDtos.StepStatus;
import cn.examreg.application.ApplicationStateMachine.Action;
import cn.examreg.application.ApplicationStateMachine.Level;
import cn.examreg.application.ApplicationStateMachine.Outcome;
import cn.examreg.application.ApplicationStateMachine.State;
import cn.examreg.account.Account;
import cn.examreg.candidate.Candidate;
import cn.examreg.candidate.CandidateService;
import cn.examreg.candidate.Certificate;
import cn.examreg.candidate.Education;
import cn.examreg.candidate.ProfileDtos.EducationLevel;
import cn.examreg.candidate.ProfileEntry;
import cn.examreg.candidate.ProfileEntryService;
import cn.examreg.candidate.Training;
import cn.examreg.candidate.rules.Ages;
import cn.examreg.catalogue.CatalogueService;
import cn.examreg.catalogue.Exam;
import cn.examreg.catalogue.ExamAreaWindow;
import cn.examreg.catalogue.ExamCategory;
import cn.examreg.catalogue.ExamSite;
import cn.examreg.common.audit.AuditLog;
import cn.examreg.common.error.ApiException;
import cn.examreg.common.error.Violation;
import cn.examreg.common.error.Violations;
import cn.examreg.common.i18n.Messages;
import cn.examreg.common.security.CurrentUser;
import cn.examreg.common.security.Roles;
import cn.examreg.common.time.ChinaTime;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The candidate's side of an application: a draft filled step by step, submission with the eligibility rules,
 * withdrawal; and the reading side shared with operators (view, steps, review progress, history).
 */
@ApplicationScoped
public class ApplicationService {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter CHINA = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ChinaTime.ZONE);

    @Inject
    CandidateService candidates;
    @Inject
    CatalogueService catalogue;
    @Inject
    ProfileEntryService entries;
    @Inject
    CurrentUser currentUser;
    @Inject
    AuditLog audit;
    @Inject
    ObjectMapper json;
    @Inject
    ApplicationScope scope;
    @Inject
    ApplicationMaterials materials;

    @Transactional
    public ApplicationView create(ApplicationCreate r, Locale locale) {
        Candidate c = candidates.currentCandidate();
        Exam exam = catalogue.exam(r.examCode().trim())
                .orElseThrow(() -> ApiException.invalid("examCode", "EXAM_UNKNOWN"));
        String liveKey = c.id + ":" + exam.code;
        Application existing = Application.find("liveKey", liveKey).firstResult();
        if (existing != null) {
            throw new ApiException(409, "APPLICATION_EXISTS", existing.number);
        }
        Application a = new Application();
        a.number = exam.code + String.format("%010d", RANDOM.nextLong(10_000_000_000L));
        a.candidateId = c.id;
        a.examCode = exam.code;
        a.liveKey = liveKey;
        try {
            a.persistAndFlush();
        } catch (org.hibernate.exception.ConstraintViolationException e) {
            throw new ApiException(409, "APPLICATION_EXISTS", "");
        }
        event(a, "CREATE", null, State.DRAFT, null, null);
        return view(a, c, locale);
    }

    @Transactional
    public ApplicationView patch(String id, ApplicationPatch p, Violations v, Locale locale) {
        Application a = ownForUpdate(id);
        if (a.state != State.DRAFT && a.state != State.RETURNED) {
            throw new ApiException(409, "APPLICATION_NOT_EDITABLE", a.state.name());
        }
        Candidate c = candidates.find(a.candidateId);
        if (p.educationIds() != null) {
            checkOwned(v, "educationIds", c.id, p.educationIds(), Education.class);
        }
        if (p.trainingIds() != null) {
            checkOwned(v, "trainingIds", c.id, p.trainingIds(), Training.class);
        }
        if (p.certificateId() != null && !p.certificateId().isBlank()) {
            checkOwned(v, "certificateId", c.id, List.of(p.certificateId()), Certificate.class);
        }
        String area = p.areaCode() != null ? blankToNull(p.areaCode()) : a.areaCode;
        if (p.areaCode() != null && area != null && catalogue.area(area).isEmpty()) {
            v.check("areaCode", "AREA_UNKNOWN");
        }
        if (p.siteCode() != null && !p.siteCode().isBlank()) {
            ExamSite site = catalogue.site(p.siteCode().trim()).orElse(null);
            if (site == null) {
                v.check("siteCode", "SITE_UNKNOWN");
            } else if (!site.areaCode.equals(area)) {
                v.check("siteCode", "SITE_NOT_IN_AREA");
            }
        }
        v.throwIfAny();
        a.expectVersion(p.version());
        if (p.photoRef() != null) {
            a.photoRef = blankToNull(p.photoRef());
        }
        if (p.educationIds() != null) {
            a.educationIds = Application.join(p.educationIds());
        }
        if (p.trainingIds() != null) {
            a.trainingIds = Application.join(p.trainingIds());
        }
        if (p.certificateId() != null) {
            a.certificateId = blankToNull(p.certificateId());
        }
        if (p.areaCode() != null) {
            if (!Objects.equals(area, a.areaCode)) {
                a.siteCode = null;
            }
            a.areaCode = area;
        }
        if (p.siteCode() != null) {
            a.siteCode = blankToNull(p.siteCode());
        }
        if (p.attempts() != null) {
            a.attempts = p.attempts();
        }
        if (p.extraSubjects() != null) {
            a.extraSubjects = Application.join(p.extraSubjects().stream().distinct().map(Enum::name).toList());
        }
        a.persistAndFlush();
        return view(a, c, locale);
    }

    /**
     * Submits (or resubmits after a return) when every step is complete, every required material is uploaded and
     * none is rejected, and the registration window is open.
     */
    @Transactional
    public ApplicationView submit(String id, Locale locale) {
        Application a = ownForUpdate(id);
        Outcome outcome = ApplicationStateMachine.apply(a.state, a.reviewLevel, Action.SUBMIT);
        Candidate c = candidates.find(a.candidateId);
        List<StepStatus> steps = steps(a, c, locale);
        List<ApiException.FieldError> problems = new ArrayList<>();
        for (StepStatus s : steps) {
            for (Violation problem : s.problems()) {
                problems.add(new ApiException.FieldError(problem.field(), problem.code()));
            }
        }
        problems.addAll(materials.submitProblems(a, locale));
        if (!problems.isEmpty()) {
            throw new ApiException(400, "VALIDATION_FAILED", problems, problems.size());
        }
        assertRegistrationOpen(a);
        State from = a.state;
        a.state = outcome.state();
        a.reviewLevel = outcome.level();
        a.submittedAt = Instant.now();
        a.snapshot = snapshot(c, a);
        entries.setLocked(c.id, a.entryIds(), true);
        a.persistAndFlush();
        event(a, from == State.RETURNED ? "RESUBMIT" : "SUBMIT", from, a.state, a.reviewLevel, null);
        return view(a, c, locale);
    }

    /** Withdraws during the registration window: unlocks the profile entries and allows a new application. */
    @Transactional
    public ApplicationView withdraw(String id, Locale locale) {
        Application a = ownForUpdate(id);
        Outcome outcome = ApplicationStateMachine.apply(a.state, a.reviewLevel, Action.WITHDRAW);
        if (a.areaCode != null && a.state != State.DRAFT) {
            assertRegistrationOpen(a);
        }
        State from = a.state;
        a.state = outcome.state();
        a.liveKey = null;
        releaseEntries(a);
        a.persistAndFlush();
        event(a, "WITHDRAW", from, a.state, null, null);
        return view(a, candidates.find(a.candidateId), locale);
    }

    /** Unlocks the entries of an application that no other live, submitted application of the candidate uses. */
    @Transactional(Transactional.TxType.MANDATORY)
    void releaseEntries(Application a) {
        List<String> stillUsed = new ArrayList<>();
        for (Application other : Application.<Application>list(
                "candidateId = ?1 and id <> ?2 and state in ?3", a.candidateId, a.id,
                List.of(State.UNDER_REVIEW, State.APPROVED))) {
            stillUsed.addAll(other.entryIds());
        }
        List<String> release = a.entryIds().stream().filter(e -> !stillUsed.contains(e)).toList();
        entries.setLocked(a.candidateId, release, false);
    }

    public ApplicationView get(String id, Locale locale) {
        Application a = scope.readable(id);
        return view(a, candidates.find(a.candidateId), locale);
    }

    public List<HistoryEntry> history(String id) {
        Application a = scope.readable(id);
        List<ApplicationEvent> events = ApplicationEvent.list("applicationId = ?1 order by id", a.id);
        Map<String, String> names = new LinkedHashMap<>();
        return events.stream().map(e -> new HistoryEntry(e.occurredAt, e.actorRole,
                Roles.CANDIDATE.equals(e.actorRole) || e.actorId == null ? null
                        : names.computeIfAbsent(e.actorId, idOf -> Account.<Account>findByIdOptional(idOf)
                        .map(acc -> acc.displayName).orElse(null)),
                e.action, e.fromState, e.toState, e.level, e.reason)).toList();
    }

    // ---- steps, progress, view ---------------------------------------------------------------------------

    /** Checks every step of the wizard; a step is complete when it has no problems. */
    List<StepStatus> steps(Application a, Candidate c, Locale locale) {
        ExamCategory category = catalogue.category(catalogue.exam(a.examCode).orElseThrow().categoryCode);
        List<StepStatus> steps = new ArrayList<>();
        steps.add(step(Step.EXAM, locale, new Violations()));

        Violations basic = new Violations();
        basic.check("birthDate", Ages.check(c.birthDate, ChinaTime.today()));
        basic.require("mobile", c.mobile);
        basic.require("email", c.email);
        steps.add(step(Step.BASIC, locale, basic));

        Violations work = new Violations();
        work.require("work.employmentStatus", c.employmentStatus);
        steps.add(step(Step.WORK, locale, work));

        Violations education = new Violations();
        List<ProfileEntry> chosen = entries.entries(c.id, a.entryIds());
        List<Education> educations = chosen.stream().filter(Education.class::isInstance).map(Education.class::cast).toList();
        if (educations.isEmpty()) {
            education.check("educationIds", "REQUIRED");
        }
        steps.add(step(Step.EDUCATION, locale, education));

        Violations certificate = new Violations();
        boolean secondaryOnly = !educations.isEmpty()
                && educations.stream().allMatch(e -> e.level == EducationLevel.SECONDARY);
        if (category.level == ExamCategory.Level.PRACTISING && secondaryOnly) {
            Certificate cert = chosen.stream().filter(Certificate.class::isInstance).map(Certificate.class::cast)
                    .findFirst().orElse(null);
            if (cert == null) {
                certificate.check("certificateId", "ASSISTANT_CERTIFICATE_REQUIRED");
            } else if (cert.certificateMonth == null || cert.certificateNumber == null
                    || cert.registrationMonth == null || cert.registrationNumber == null) {
                certificate.check("certificateId", "ASSISTANT_CERTIFICATE_INCOMPLETE");
            }
        }
        steps.add(step(Step.CERTIFICATE, locale, certificate));

        Violations area = new Violations();
        area.require("areaCode", a.areaCode);
        area.require("siteCode", a.siteCode);
        if (a.areaCode != null && catalogue.window(a.examCode, a.areaCode).isEmpty()) {
            area.check("areaCode", "AREA_NOT_OFFERING_EXAM");
        }
        if (a.siteCode != null) {
            ExamSite site = catalogue.site(a.siteCode).orElse(null);
            if (site != null && !catalogue.siteAccepts(site.code, c.probationInstitution)) {
                area.check("siteCode", "SITE_RESTRICTED");
            }
        }
        for (String extra : a.extras()) {
            ExtraSubject subject = ExtraSubject.valueOf(extra);
            boolean entitled = switch (subject) {
                case MILITARY_MEDICINE -> c.ownStatus != null;
                case PREHOSPITAL_EMERGENCY -> "110".equals(category.code)
                        && c.post == cn.examreg.candidate.ProfileDtos.Post.PREHOSPITAL_EMERGENCY;
                case PAEDIATRICS -> "110".equals(category.code)
                        && c.post == cn.examreg.candidate.ProfileDtos.Post.PAEDIATRICS;
            };
            if (!entitled) {
                area.check("extraSubjects", "EXTRA_SUBJECT_NOT_ENTITLED", subject.name());
            }
        }
        steps.add(step(Step.AREA, locale, area));
        return steps;
    }

    private static StepStatus step(Step step, Locale locale, Violations v) {
        List<Violation> problems = v.errors().stream()
                .map(e -> new Violation(e.field(), e.rule(), Messages.rule(locale, e.rule(), e.args()))).toList();
        return new StepStatus(step, problems.isEmpty(), problems);
    }

    static List<LevelProgress> progress(Application a) {
        List<ApplicationEvent> decisions = ApplicationEvent.list(
                "applicationId = ?1 and action in ?2 order by id", a.id, List.of("APPROVE", "REJECT", "RETURN"));
        List<LevelProgress> out = new ArrayList<>();
        for (Level level : Level.values()) {
            LevelStatus status;
            if (a.state == State.APPROVED) {
                status = LevelStatus.APPROVED;
            } else if (a.reviewLevel == null || a.state == State.DRAFT || a.state == State.WITHDRAWN) {
                status = LevelStatus.WAITING;
            } else if (level.ordinal() < a.reviewLevel.ordinal()) {
                status = LevelStatus.APPROVED;
            } else if (level.ordinal() > a.reviewLevel.ordinal()) {
                status = LevelStatus.WAITING;
            } else {
                status = switch (a.state) {
                    case RETURNED -> LevelStatus.RETURNED;
                    case REJECTED -> LevelStatus.REJECTED;
                    default -> LevelStatus.IN_REVIEW;
                };
            }
            ApplicationEvent last = null;
            for (ApplicationEvent e : decisions) {
                if (level.name().equals(e.level)) {
                    last = e;
                }
            }
            boolean decided = status != LevelStatus.WAITING && status != LevelStatus.IN_REVIEW;
            out.add(new LevelProgress(level, status, decided && last != null ? last.occurredAt : null,
                    decided && last != null ? last.reason : null));
        }
        return out;
    }

    ApplicationView view(Application a, Candidate c, Locale locale) {
        return new ApplicationView(a.id, a.number, a.version, a.examCode, a.state, a.reviewLevel,
                new ApplicantSummary(c.id, c.name, c.documentType, c.documentNumber, c.sex, c.birthDate),
                a.photoRef, a.educations(), a.trainings(), a.certificateId, a.areaCode, a.siteCode, a.attempts,
                a.extras().stream().map(ExtraSubject::valueOf).toList(), a.identityVerified, a.submittedAt,
                a.decidedAt, a.createdAt, steps(a, c, locale), progress(a));
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    private Application ownForUpdate(String id) {
        Candidate c = candidates.currentCandidate();
        Application a = Application.lockedById(id);
        if (a == null || !a.candidateId.equals(c.id)) {
            throw ApiException.notFound("application");
        }
        return a;
    }

    private void assertRegistrationOpen(Application a) {
        ExamAreaWindow window = catalogue.window(a.examCode, a.areaCode)
                .orElseThrow(() -> ApiException.invalid("areaCode", "AREA_NOT_OFFERING_EXAM"));
        if (!window.registrationOpenAt(Instant.now())) {
            throw new ApiException(409, "REGISTRATION_CLOSED", CHINA.format(window.registrationOpens),
                    CHINA.format(window.registrationCloses));
        }
    }

    private static void checkOwned(Violations v, String field, String candidateId, List<String> ids,
                                   Class<? extends ProfileEntry> type) {
        for (String entryId : ids) {
            ProfileEntry e = io.quarkus.hibernate.orm.panache.Panache.getEntityManager().find(type, entryId);
            if (e == null || !e.candidateId.equals(candidateId)) {
                v.check(field, "ENTRY_UNKNOWN");
                return;
            }
        }
    }

    void event(Application a, String action, State from, State to, Level level, String reason) {
        ApplicationEvent e = new ApplicationEvent();
        e.applicationId = a.id;
        e.occurredAt = Instant.now();
        e.actorId = currentUser.isAuthenticated() ? currentUser.accountId() : null;
        e.actorRole = currentUser.role();
        e.action = action;
        e.fromState = from == null ? null : from.name();
        e.toState = to.name();
        e.level = level == null ? null : level.name();
        e.reason = reason;
        e.persist();
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("state", from == null ? null : from.name());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("state", to.name());
        after.put("level", e.level);
        audit.record("APPLICATION_" + action, "application", a.id, before, after, reason);
    }

    private String snapshot(Candidate c, Application a) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("profile", candidates.profileOf(c.id));
        data.put("educationIds", a.educations());
        data.put("trainingIds", a.trainings());
        data.put("certificateId", a.certificateId);
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

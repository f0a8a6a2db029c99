package cn.examreg.candidate;

import cn.examreg.candidate.ProfileDtos.CertificateEntry;
import cn.examreg.candidate.ProfileDtos.CertificateInput;
import cn.examreg.candidate.ProfileDtos.EducationEntry;
import cn.examreg.candidate.ProfileDtos.EducationInput;
import cn.examreg.candidate.ProfileDtos.EducationLevel;
import cn.examreg.candidate.ProfileDtos.TrainingEntry;
import cn.examreg.candidate.ProfileDtos.TrainingInput;
import cn.examreg.candidate.rules.CertificateNumbers;
import cn.examreg.candidate.rules.Months;
import cn.examreg.candidate.rules.RuleException;
import cn.examreg.common.audit.AuditLog;
import cn.examreg.common.error.ApiException;
import cn.examreg.common.error.Violations;
import cn.examreg.common.security.CurrentUser;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The candidate's education, training and certificate entries. Locked entries (used by an application) cannot
 * change; a change to a verified entry clears the verified mark, since the reviewer confirmed the old data.
 */
@ApplicationScoped
public class ProfileEntryService {
    private static final Pattern CERTIFICATE_NUMBER = Pattern.compile("[0-9A-Za-z]{1,40}");

    @Inject
    CurrentUser currentUser;
    @Inject
    AuditLog audit;

    public List<EducationEntry> educations(String candidateId) {
        return Education.<Education>list("candidateId = ?1 order by startMonth, createdAt", candidateId)
                .stream().map(ProfileEntryService::view).toList();
    }

    public List<TrainingEntry> trainings(String candidateId) {
        return Training.<Training>list("candidateId = ?1 order by startMonth, createdAt", candidateId)
                .stream().map(ProfileEntryService::view).toList();
    }

    public List<CertificateEntry> certificates(String candidateId) {
        return Certificate.<Certificate>list("candidateId = ?1 order by createdAt", candidateId)
                .stream().map(ProfileEntryService::view).toList();
    }

    /** The entries of a candidate with the given ids (education, training and certificate), for applications. */
    public List<ProfileEntry> entries(String candidateId, List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<ProfileEntry> found = new java.util.ArrayList<>();
        found.addAll(Education.<Education>list("candidateId = ?1 and id in ?2", candidateId, ids));
        found.addAll(Training.<Training>list("candidateId = ?1 and id in ?2", candidateId, ids));
        found.addAll(Certificate.<Certificate>list("candidateId = ?1 and id in ?2", candidateId, ids));
        return found;
    }

    /** Locks (while an application uses them) or unlocks entries of a candidate. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void setLocked(String candidateId, List<String> ids, boolean locked) {
        for (ProfileEntry entry : entries(candidateId, ids)) {
            entry.locked = locked;
        }
    }

    /** A reviewer confirmed these entries; they show as verified and are reused as trusted data. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markVerified(String candidateId, List<String> ids) {
        for (ProfileEntry entry : entries(candidateId, ids)) {
            if (!entry.verified) {
                entry.verified = true;
                audit.record("ENTRY_VERIFIED", entry.getClass().getSimpleName().toLowerCase(), entry.id, null, null, null);
            }
        }
    }

    @Transactional
    public EducationEntry saveEducation(String id, EducationInput in) {
        Education e = id == null ? newEntry(new Education()) : editable(Education.class, id, in.version());
        Map<String, Object> before = id == null ? null : snapshot(e);
        Violations v = new Violations();
        YearMonth start = month(v, "startMonth", in.startMonth());
        YearMonth end = month(v, "endMonth", in.endMonth());
        checkRange(v, start, end);
        boolean noDegree = in.level() == EducationLevel.NONE;
        boolean apprentice = in.level() == EducationLevel.MASTER_APPRENTICE;
        if (!noDegree && !apprentice) {
            v.require("school", in.school());
            v.require("endMonth", in.endMonth());
            v.require("major", in.major());
        }
        if (!noDegree) {
            v.require("studyForm", in.studyForm());
        }
        boolean certificateOptional = noDegree || apprentice || in.level() == EducationLevel.POSTGRADUATE;
        if (CandidateService.notBlank(in.certificateNumber())) {
            v.check("certificateNumber", CertificateNumbers.graduationCertificate(in.certificateNumber().trim()));
        } else if (!certificateOptional) {
            v.require("certificateNumber", in.certificateNumber());
        }
        v.throwIfAny();
        e.startMonth = CandidateService.blankToNull(in.startMonth());
        e.endMonth = CandidateService.blankToNull(in.endMonth());
        e.school = CandidateService.blankToNull(in.school());
        e.major = CandidateService.blankToNull(in.major());
        e.level = in.level();
        e.studyForm = in.studyForm();
        e.certificateNumber = CandidateService.blankToNull(in.certificateNumber());
        e.proofType = in.proofType();
        e.proofCode = CandidateService.blankToNull(in.proofCode());
        return view(store(e, before, "education"));
    }

    @Transactional
    public TrainingEntry saveTraining(String id, TrainingInput in) {
        Training t = id == null ? newEntry(new Training()) : editable(Training.class, id, in.version());
        Map<String, Object> before = id == null ? null : snapshot(t);
        Violations v = new Violations();
        YearMonth start = month(v, "startMonth", in.startMonth());
        YearMonth end = month(v, "endMonth", in.endMonth());
        checkRange(v, start, end);
        v.throwIfAny();
        t.startMonth = in.startMonth().trim();
        t.endMonth = CandidateService.blankToNull(in.endMonth());
        t.institution = in.institution().trim();
        t.kind = in.kind();
        t.description = CandidateService.blankToNull(in.description());
        return view(store(t, before, "training"));
    }

    @Transactional
    public CertificateEntry saveCertificate(String id, CertificateInput in) {
        Certificate c = id == null ? newEntry(new Certificate()) : editable(Certificate.class, id, in.version());
        Map<String, Object> before = id == null ? null : snapshot(c);
        Violations v = new Violations();
        month(v, "certificateMonth", in.certificateMonth());
        month(v, "registrationMonth", in.registrationMonth());
        switch (in.kind()) {
            case ASSISTANT_QUALIFICATION -> {
                v.require("certificateMonth", in.certificateMonth());
                v.require("certificateNumber", in.certificateNumber());
            }
            case ASSISTANT_PRACTISING -> {
                v.require("registrationMonth", in.registrationMonth());
                v.require("registrationNumber", in.registrationNumber());
            }
            case OTHER -> v.require("certificateNumber", in.certificateNumber());
        }
        certificateNumber(v, "certificateNumber", in.certificateNumber());
        certificateNumber(v, "registrationNumber", in.registrationNumber());
        v.throwIfAny();
        c.kind = in.kind();
        c.category = CandidateService.blankToNull(in.category());
        c.certificateMonth = CandidateService.blankToNull(in.certificateMonth());
        c.certificateNumber = CandidateService.blankToNull(in.certificateNumber());
        c.registrationMonth = CandidateService.blankToNull(in.registrationMonth());
        c.registrationNumber = CandidateService.blankToNull(in.registrationNumber());
        return view(store(c, before, "certificate"));
    }

    @Transactional
    public void delete(Class<? extends ProfileEntry> type, String id, String entityType) {
        ProfileEntry entry = owned(type, id);
        if (entry.locked) {
            throw ApiException.conflict("ENTRY_LOCKED");
        }
        audit.record("ENTRY_DELETED", entityType, entry.id, snapshot(entry), null, null);
        entry.delete();
    }

    private <E extends ProfileEntry> E newEntry(E entry) {
        entry.candidateId = myCandidateId();
        return entry;
    }

    private <E extends ProfileEntry> E editable(Class<E> type, String id, Integer version) {
        E entry = owned(type, id);
        if (entry.locked) {
            throw ApiException.conflict("ENTRY_LOCKED");
        }
        entry.expectVersion(version);
        return entry;
    }

    /** Another candidate's entry is reported as not found, exactly like a missing one. */
    private <E extends ProfileEntry> E owned(Class<E> type, String id) {
        E entry = Panache.getEntityManager().find(type, id);
        if (entry == null || !entry.candidateId.equals(myCandidateId())) {
            throw ApiException.notFound(type.getSimpleName().toLowerCase());
        }
        return entry;
    }

    private <E extends ProfileEntry> E store(E entry, Map<String, Object> before, String entityType) {
        boolean isNew = before == null;
        if (!isNew) {
            entry.verified = false;
        }
        entry.persistAndFlush();
        audit.record(isNew ? "ENTRY_CREATED" : "ENTRY_UPDATED", entityType, entry.id, before, snapshot(entry), null);
        return entry;
    }

    private String myCandidateId() {
        return Candidate.byAccount(currentUser.accountId()).map(c -> c.id)
                .orElseThrow(() -> ApiException.notFound("candidate"));
    }

    private static YearMonth month(Violations v, String field, String value) {
        if (!CandidateService.notBlank(value)) {
            return null;
        }
        try {
            return Months.parse(value.trim());
        } catch (RuleException e) {
            v.check(field, e.code());
            return null;
        }
    }

    private static void checkRange(Violations v, YearMonth start, YearMonth end) {
        if (start != null && end != null) {
            v.check("endMonth", Months.checkRange(start, end));
        }
    }

    private static void certificateNumber(Violations v, String field, String value) {
        if (CandidateService.notBlank(value) && !CERTIFICATE_NUMBER.matcher(value.trim()).matches()) {
            v.check(field, "CERTIFICATE_NUMBER_FORMAT");
        }
    }

    private static Map<String, Object> snapshot(ProfileEntry entry) {
        Object view;
        if (entry instanceof Education e) {
            view = view(e);
        } else if (entry instanceof Training t) {
            view = view(t);
        } else {
            view = view((Certificate) entry);
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (var component : view.getClass().getRecordComponents()) {
            try {
                map.put(component.getName(), component.getAccessor().invoke(view));
            } catch (ReflectiveOperationException ex) {
                throw new IllegalStateException(ex);
            }
        }
        return map;
    }

    static EducationEntry view(Education e) {
        return new EducationEntry(e.id, e.version, e.locked, e.verified, e.startMonth, e.endMonth, e.school, e.major,
                e.level, e.studyForm, e.certificateNumber, e.proofType, e.proofCode);
    }

    static TrainingEntry view(Training t) {
        return new TrainingEntry(t.id, t.version, t.locked, t.verified, t.startMonth, t.endMonth, t.institution,
                t.kind, t.description);
    }

    static CertificateEntry view(Certificate c) {
        return new CertificateEntry(c.id, c.version, c.locked, c.verified, c.kind, c.category, c.certificateMonth,
                c.certificateNumber, c.registrationMonth, c.registrationNumber);
    }

}

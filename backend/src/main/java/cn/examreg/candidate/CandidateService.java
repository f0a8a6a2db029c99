package cn.examreg.candidate;

import cn.examreg.account.Account;
import cn.examreg.account.AuthService;
import cn.examreg.candidate.ProfileDtos.Basic;
import cn.examreg.candidate.ProfileDtos.BasicCorrection;
import cn.examreg.candidate.ProfileDtos.Contact;
import cn.examreg.candidate.ProfileDtos.IdentityPreview;
import cn.examreg.candidate.ProfileDtos.IdentityPreviewRequest;
import cn.examreg.candidate.ProfileDtos.Profile;
import cn.examreg.candidate.ProfileDtos.ProfileUpdate;
import cn.examreg.candidate.ProfileDtos.RegistrationRequest;
import cn.examreg.candidate.ProfileDtos.Work;
import cn.examreg.candidate.rules.ContactRules;
import cn.examreg.candidate.rules.PasswordPolicy;
import cn.examreg.candidate.rules.Region;
import cn.examreg.candidate.rules.Usernames;
import cn.examreg.common.audit.AuditLog;
import cn.examreg.common.error.ApiException;
import cn.examreg.common.error.Violations;
import cn.examreg.common.security.CurrentUser;
import cn.examreg.common.security.PasswordHasher;
import cn.examreg.common.security.Roles;
import cn.examreg.common.time.ChinaTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import org.hibernate.exception.ConstraintViolationException;

/** Registration, the candidate's own profile (basic, contact, work) and an operator's correction of basic data. */
@ApplicationScoped
public class CandidateService {
    @Inject
    PasswordHasher hasher;
    @Inject
    AuthService auth;
    @Inject
    AuditLog audit;
    @Inject
    CurrentUser currentUser;
    @Inject
    ProfileEntryService entries;

    /** Checks a document number and derives what it says, without storing anything. */
    public IdentityPreview preview(IdentityPreviewRequest request) {
        Violations v = new Violations();
        String number = IdentityRules.checkNumber(v, request.region(), request.documentType(), request.documentNumber());
        v.throwIfAny();
        if (!request.documentType().derivesSexAndBirthDate()) {
            return new IdentityPreview(number, null, null, null);
        }
        IdentityRules.Checked id = IdentityRules.check(v, request.region(), request.documentType(),
                request.documentNumber(), null, null, null, ChinaTime.today());
        v.throwIfAny();
        int age = Period.between(id.birthDate(), ChinaTime.today()).getYears();
        return new IdentityPreview(id.documentNumber(), id.sex(), id.birthDate(), age);
    }

    @Transactional
    public Profile register(RegistrationRequest r, Violations v) {
        String username = r.username() == null ? null : Usernames.normalize(r.username());
        v.check("username", username, Usernames::check);
        v.check("password", r.password(), p -> PasswordPolicy.check(r.password(), username));
        v.check("securityAnswer", r.securityAnswer(), PasswordPolicy::checkSecurityAnswer);
        IdentityRules.Checked id = IdentityRules.check(v, r.region(), r.documentType(), r.documentNumber(),
                r.name(), r.sex(), r.birthDate(), ChinaTime.today());
        if (r.region() != null) {
            v.check("mobile", r.mobile(), m -> ContactRules.mobile(r.region(), m));
        }
        v.check("email", r.email(), ContactRules::email);
        v.throwIfAny();
        if (Account.byUsername(username).isPresent()) {
            throw new ApiException(409, "USERNAME_TAKEN", List.of(new ApiException.FieldError("username", "USERNAME_TAKEN")));
        }
        if (Candidate.byDocument(r.documentType(), id.documentNumber()).isPresent()) {
            throw documentTaken();
        }
        Account account = new Account();
        account.username = username;
        account.passwordHash = hasher.hash(r.password());
        account.kind = Account.CANDIDATE;
        account.role = Roles.CANDIDATE;
        account.securityQuestion = r.securityQuestion().trim();
        account.securityAnswerHash = auth.hashAnswer(r.securityAnswer());
        Candidate c = new Candidate();
        c.accountId = account.id;
        c.name = id.name();
        c.region = r.region();
        c.documentType = r.documentType();
        c.documentNumber = id.documentNumber();
        c.sex = id.sex();
        c.birthDate = id.birthDate();
        c.ethnicity = blankToNull(r.ethnicity());
        c.mobile = r.mobile().trim();
        c.email = r.email().trim();
        persistUnique(account, c);
        audit.recordAs(account.id, Roles.CANDIDATE, "CANDIDATE_REGISTERED", "candidate", c.id, null,
                c.basicSnapshot(), null);
        return view(account, c);
    }

    /**
     * Inserts an account and its candidate, turning a unique-key race (two registrations of one document or
     * username at once) into the same 409 the pre-checks give.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void persistUnique(Account account, Candidate candidate) {
        try {
            account.persistAndFlush();
            candidate.persistAndFlush();
        } catch (ConstraintViolationException e) {
            throw translate(e);
        } catch (PersistenceException e) {
            if (e.getCause() instanceof ConstraintViolationException cve) {
                throw translate(cve);
            }
            throw e;
        }
    }

    private static ApiException translate(ConstraintViolationException e) {
        String constraint = String.valueOf(e.getConstraintName()) + " " + e.getMessage();
        if (constraint.contains("uk_account_username")) {
            return new ApiException(409, "USERNAME_TAKEN", List.of(new ApiException.FieldError("username", "USERNAME_TAKEN")));
        }
        return documentTaken();
    }

    static ApiException documentTaken() {
        return new ApiException(409, "DOCUMENT_ALREADY_REGISTERED",
                List.of(new ApiException.FieldError("documentNumber", "DOCUMENT_ALREADY_REGISTERED")));
    }

    public Profile me() {
        Candidate c = mine();
        Account account = Account.findById(c.accountId);
        return view(account, c);
    }

    @Transactional
    public Profile updateMe(ProfileUpdate update, Violations v) {
        Candidate c = mine();
        Contact contact = update.contact();
        Work work = update.work();
        if (contact != null) {
            v.check("contact.mobile", contact.mobile(), m -> ContactRules.mobile(c.region, m));
            v.check("contact.email", contact.email(), ContactRules::email);
            v.check("contact.homePhone", contact.homePhone(), ContactRules::landline);
            v.check("contact.workPhone", contact.workPhone(), ContactRules::landline);
            v.check("contact.address", contact.address(), ContactRules::address);
            v.check("contact.postalCode", contact.postalCode(), p -> ContactRules.postalCode(c.region, p));
        }
        if (work != null && work.employmentStatus() == ProfileDtos.EmploymentStatus.PROBATION) {
            v.require("work.probationInstitution", work.probationInstitution());
        }
        if (work != null && work.employmentStatus() == ProfileDtos.EmploymentStatus.EMPLOYED) {
            v.require("work.employer", work.employer());
        }
        v.throwIfAny();
        c.expectVersion(update.version());
        var before = c.contactAndWorkSnapshot();
        c.mobile = contact.mobile().trim();
        c.email = contact.email().trim();
        c.homePhone = blankToNull(contact.homePhone());
        c.workPhone = blankToNull(contact.workPhone());
        c.address = blankToNull(contact.address());
        c.postalCode = blankToNull(contact.postalCode());
        c.employmentStatus = work.employmentStatus();
        c.employer = blankToNull(work.employer());
        c.probationInstitution = blankToNull(work.probationInstitution());
        c.ownStatus = work.ownStatus();
        c.post = work.post();
        var after = c.contactAndWorkSnapshot();
        if (!before.equals(after)) {
            audit.record("PROFILE_UPDATED", "candidate", c.id, before, after, null);
        }
        Candidate.getEntityManager().flush();
        return view(Account.findById(c.accountId), c);
    }

    /** An operator corrects basic information that is otherwise fixed; the reason goes to the audit trail. */
    @Transactional
    public Profile correctBasic(String candidateId, BasicCorrection r) {
        Candidate c = Candidate.<Candidate>findByIdOptional(candidateId)
                .orElseThrow(() -> ApiException.notFound("candidate"));
        assertOperatorScope(c);
        c.expectVersion(r.version());
        Violations v = new Violations();
        IdentityRules.Checked id = IdentityRules.check(v, r.region(), r.documentType(), r.documentNumber(), r.name(),
                r.sex(), r.birthDate(), ChinaTime.today());
        v.throwIfAny();
        if (!(c.documentType == r.documentType() && Objects.equals(c.documentNumber, id.documentNumber()))
                && Candidate.byDocument(r.documentType(), id.documentNumber()).isPresent()) {
            throw documentTaken();
        }
        var before = c.basicSnapshot();
        c.name = id.name();
        c.region = r.region();
        c.documentType = r.documentType();
        c.documentNumber = id.documentNumber();
        c.sex = id.sex();
        c.birthDate = id.birthDate();
        c.ethnicity = blankToNull(r.ethnicity());
        audit.record("BASIC_INFO_CORRECTED", "candidate", c.id, before, c.basicSnapshot(), r.reason());
        try {
            Candidate.getEntityManager().flush();
        } catch (ConstraintViolationException e) {
            throw documentTaken();
        }
        return view(Account.findById(c.accountId), c);
    }

    /** Operators read any profile within scope (national: all; area: candidates of their area). */
    public Profile byId(String candidateId) {
        Candidate c = Candidate.<Candidate>findByIdOptional(candidateId)
                .orElseThrow(() -> ApiException.notFound("candidate"));
        assertOperatorScope(c);
        return view(Account.findById(c.accountId), c);
    }

    private void assertOperatorScope(Candidate c) {
        String role = currentUser.role();
        if (Roles.NATIONAL.equals(role)) {
            return;
        }
        if (Roles.AREA.equals(role) && c.homeAreaCode != null && c.homeAreaCode.equals(currentUser.areaCode())) {
            return;
        }
        throw ApiException.notFound("candidate");
    }

    /** The caller's candidate row, for other capabilities (applications). */
    public Candidate currentCandidate() {
        return mine();
    }

    /** A candidate by id, for other capabilities that have already checked the caller's scope. */
    public Candidate find(String candidateId) {
        return Candidate.<Candidate>findByIdOptional(candidateId).orElseThrow(() -> ApiException.notFound("candidate"));
    }

    /** A candidate's whole profile, for other capabilities that have already checked the caller's scope. */
    public Profile profileOf(String candidateId) {
        Candidate c = find(candidateId);
        return view(Account.findById(c.accountId), c);
    }

    /** The exam site verified the identity document in person (the profile shows it from then on). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markIdentityVerified(String candidateId) {
        Candidate c = find(candidateId);
        if (!c.identityVerified) {
            c.identityVerified = true;
            audit.record("IDENTITY_VERIFIED", "candidate", c.id, null, null, "on-site identity check");
        }
    }

    /** The caller's own candidate row; a candidate can never address another's. */
    Candidate mine() {
        return Candidate.byAccount(currentUser.accountId()).orElseThrow(() -> ApiException.notFound("candidate"));
    }

    Profile view(Account account, Candidate c) {
        return new Profile(c.id, account.username, c.version, c.identityVerified,
                new Basic(c.name, c.region, c.documentType, c.documentNumber, c.sex, c.birthDate, c.ethnicity),
                new Contact(c.mobile, c.email, c.homePhone, c.workPhone, c.address, c.postalCode),
                new Work(c.employmentStatus, c.employer, c.probationInstitution, c.ownStatus, c.post),
                entries.educations(c.id), entries.trainings(c.id), entries.certificates(c.id), c.createdAt);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}

package cn.examreg.candidate;

import cn.examreg.account.Account;
import cn.examreg.account.AuthDtos.PasswordResetRequest;
import cn.examreg.account.AuthDtos.ResetQuestion;
import cn.examreg.account.AuthDtos.ResetQuestionRequest;
import cn.examreg.account.AuthService;
import cn.examreg.candidate.rules.DocumentNumbers;
import cn.examreg.candidate.rules.DocumentType;
import cn.examreg.candidate.rules.PersonNames;
import cn.examreg.common.error.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Password recovery by name, document and the security answer (wrong answers count as failed logins). */
@ApplicationScoped
public class PasswordRecoveryService {
    @Inject
    AuthService auth;

    public ResetQuestion question(ResetQuestionRequest r) {
        Account account = identify(r.name(), r.documentType(), r.documentNumber());
        if (account.securityQuestion == null) {
            throw new ApiException(409, "RECOVERY_NOT_SET");
        }
        return new ResetQuestion(account.securityQuestion);
    }

    @Transactional(dontRollbackOn = ApiException.class)
    public void reset(PasswordResetRequest r) {
        Account account = identify(r.name(), r.documentType(), r.documentNumber());
        auth.assertUsable(account);
        if (account.securityAnswerHash == null) {
            throw new ApiException(409, "RECOVERY_NOT_SET");
        }
        if (!auth.verifyAnswer(account, r.securityAnswer())) {
            auth.recordFailure(account);
            throw ApiException.invalid("securityAnswer", "SECURITY_ANSWER_WRONG");
        }
        auth.resetPassword(account, r.newPassword());
    }

    private Account identify(String name, DocumentType type, String number) {
        String normalised = DocumentNumbers.normalize(type, number);
        Candidate candidate = Candidate.byDocument(type, normalised)
                .filter(c -> c.name.equals(PersonNames.normalize(name.trim())))
                .orElseThrow(() -> new ApiException(404, "RECOVERY_IDENTITY_UNKNOWN"));
        return Account.findById(candidate.accountId);
    }
}

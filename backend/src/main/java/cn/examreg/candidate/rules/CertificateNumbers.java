package cn.examreg.candidate.rules;

import java.util.regex.Pattern;

/** Checks numbers of education certificates. */
public final class CertificateNumbers {

    private static final Pattern GRADUATION = Pattern.compile("[0-9]{18}");

    private CertificateNumbers() {
    }

    /** Graduation certificate: the Ministry of Education electronic registration number, exactly 18 digits. */
    public static String graduationCertificate(String raw) {
        return raw != null && GRADUATION.matcher(raw.strip()).matches()
                ? null : RuleCodes.GRADUATION_CERTIFICATE_FORMAT;
    }
}

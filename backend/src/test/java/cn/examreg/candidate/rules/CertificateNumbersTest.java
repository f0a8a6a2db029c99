package cn.examreg.candidate.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CertificateNumbersTest {

    @Test
    void graduationCertificateIsEighteenDigits() {
        assertNull(CertificateNumbers.graduationCertificate("100011202005001234"));
        assertNull(CertificateNumbers.graduationCertificate(" 100011202005001234 "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10001120200500123", "1000112020050012345", "10001120200500123X", "1000 1120200500123",
                            "100011-202005001234", ""})
    void otherGraduationCertificateNumbersAreRefused(String raw) {
        assertEquals(RuleCodes.GRADUATION_CERTIFICATE_FORMAT, CertificateNumbers.graduationCertificate(raw));
        assertEquals(RuleCodes.GRADUATION_CERTIFICATE_FORMAT, CertificateNumbers.graduationCertificate(null));
    }
}

package cn.examreg.candidate.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RuleCodesTest {

    @Test
    void allHoldsEveryConstantAndNothingElse() throws IllegalAccessException {
        Set<String> constants = new TreeSet<>();
        for (Field field : RuleCodes.class.getFields()) {
            if (field.getType() == String.class && Modifier.isStatic(field.getModifiers())) {
                String code = (String) field.get(null);
                assertEquals(field.getName(), code, "constant value must equal its name");
                assertTrue(code.matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*"), code + " is not UPPER_SNAKE");
                constants.add(code);
            }
        }
        assertEquals(constants, new TreeSet<>(RuleCodes.ALL));
    }

    @ParameterizedTest
    @ValueSource(strings = {"i18n/rules.properties", "i18n/rules_en.properties"})
    void everyCodeHasAMessageInBothFilesAndNoStrayKeys(String resource) throws IOException {
        Properties messages = load(resource);
        assertEquals(new TreeSet<>(RuleCodes.ALL), new TreeSet<>(messages.stringPropertyNames()), resource);
        for (String code : RuleCodes.ALL) {
            assertFalse(messages.getProperty(code).isBlank(), resource + " has an empty message for " + code);
        }
    }

    @Test
    void chineseBundleIsTheDefaultAndReadsAsUtf8() {
        ResourceBundle zh = ResourceBundle.getBundle("i18n.rules", Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        ResourceBundle en = ResourceBundle.getBundle("i18n.rules", Locale.ENGLISH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        assertEquals("身份证号码校验位不正确，请核对最后一位", zh.getString(RuleCodes.RESIDENT_ID_CHECK_CHARACTER));
        for (String code : RuleCodes.ALL) {
            assertTrue(zh.getString(code).codePoints().anyMatch(Characters::isHan), "not Chinese: " + code);
            assertTrue(en.getString(code).chars().allMatch(c -> c < 128), "not plain English: " + code);
        }
    }

    @Test
    void everyCodeIsReturnedBySomeRuleAndEveryReturnedCodeIsKnown() {
        LocalDate today = LocalDate.of(2024, 6, 1);
        String mainlandId = ResidentIdNumberTest.valid("11010519900307123");
        List<Supplier<String>> failures = List.of(
                () -> ResidentIdNumber.check("11010519491231002"),
                () -> ResidentIdNumber.check("110105491231002"),
                () -> ResidentIdNumber.check("1101051949123100XX"),
                () -> ResidentIdNumber.check(ResidentIdNumberTest.valid("11010519990230123")),
                () -> ResidentIdNumber.check("110105194912310021"),
                () -> DocumentNumbers.check(DocumentType.RESIDENT_ID, Region.TAIWAN, mainlandId),
                () -> DocumentNumbers.check(DocumentType.PASSPORT, Region.MAINLAND, "E12345678"),
                () -> DocumentNumbers.check(DocumentType.PASSPORT, Region.FOREIGN, "E 12345678"),
                () -> DocumentNumbers.check(DocumentType.PASSPORT, Region.FOREIGN, "E1234"),
                () -> DocumentNumbers.check(DocumentType.TAIWAN_ID, Region.TAIWAN, "1234567890"),
                () -> PersonNames.check(Region.MAINLAND, " "),
                () -> PersonNames.check(Region.MAINLAND, "张".repeat(29)),
                () -> PersonNames.check(Region.MAINLAND, "Zhang San"),
                () -> PersonNames.check(Region.HONG_KONG, "chan tai man"),
                () -> PersonNames.check(Region.FOREIGN, "Chan  Tai"),
                () -> ContactRules.mobile(Region.MAINLAND, "0123"),
                () -> ContactRules.landline("12345678"),
                () -> ContactRules.email("a@b"),
                () -> ContactRules.email("no-at-sign.example.com"),
                () -> ContactRules.postalCode(Region.MAINLAND, "1000"),
                () -> ContactRules.address(""),
                () -> PasswordPolicy.check("short1", "user"),
                () -> PasswordPolicy.check("with space 1", "user"),
                () -> PasswordPolicy.check("lettersonly", "user"),
                () -> PasswordPolicy.check("Zhangsan1", "zhangsan1"),
                () -> PasswordPolicy.checkSecurityAnswer("abc"),
                () -> Usernames.check("1abc"),
                () -> Usernames.checkImported("a_b_c"),
                () -> Ages.check(LocalDate.of(2010, 1, 1), today),
                () -> Ages.check(LocalDate.of(2025, 1, 1), today),
                () -> Months.check("2020-13"),
                () -> Months.checkRange(YearMonth.of(2020, 2), YearMonth.of(2020, 1)),
                () -> CertificateNumbers.graduationCertificate("123"));
        Set<String> returned = new TreeSet<>();
        for (Supplier<String> failure : failures) {
            String code = failure.get();
            assertNotNull(code);
            assertTrue(RuleCodes.ALL.contains(code), "unknown code " + code);
            returned.add(code);
        }
        assertEquals(new TreeSet<>(RuleCodes.ALL), returned);
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = RuleCodesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is missing");
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}

package cn.examreg.candidate.rules;

import static cn.examreg.candidate.rules.DocumentType.*;
import static cn.examreg.candidate.rules.Region.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class DocumentNumbersTest {

    private static final String MAINLAND_ID = ResidentIdNumberTest.valid("11010519900307123");
    private static final String HONG_KONG_PERMIT_ID = ResidentIdNumberTest.valid("81000019900307123");
    private static final String MACAO_PERMIT_ID = ResidentIdNumberTest.valid("82000019900307123");
    private static final String TAIWAN_PERMIT_ID = ResidentIdNumberTest.valid("83000019900307123");

    @Test
    void normalizeTrimsAndUpperCases() {
        assertEquals("E12345678", DocumentNumbers.normalize(PASSPORT, "  e12345678 "));
        assertEquals("11010519491231002X", DocumentNumbers.normalize(RESIDENT_ID, "11010519491231002x"));
        assertEquals("南字第1234567号", DocumentNumbers.normalize(MILITARY_OFFICER, " 南字第1234567号"));
        assertNull(DocumentNumbers.normalize(PASSPORT, null));
    }

    @ParameterizedTest
    @CsvSource({
        "RESIDENT_ID, MAINLAND, 11010519491231002X",
        "RESIDENT_ID, MAINLAND, 11010519491231002x",
        "MILITARY_OFFICER, MAINLAND, 南字第1234567号",
        "MILITARY_OFFICER, MAINLAND, 1234",
        "POLICE_OFFICER, MAINLAND, 01234567",
        "CIVILIAN_CADRE, MAINLAND, 政字第000123号",
        "SOLDIER, MAINLAND, 士字第12345678号",
        "MILITARY_STUDENT, MAINLAND, XY2023001",
        "MILITARY_STUDENT, MAINLAND, ABCDEFGHIJ1234567890",
        "TAIWAN_PERMIT, TAIWAN, 1234567890",
        "TAIWAN_PERMIT, TAIWAN, 12345678B0",
        "TAIWAN_ID, TAIWAN, A123456789",
        "TAIWAN_ID, TAIWAN, f223456789",
        "HONG_KONG_PERMIT, HONG_KONG, H1234567800",
        "HONG_KONG_PERMIT, HONG_KONG, h1234567801",
        "HONG_KONG_ID, HONG_KONG, A1234567",
        "HONG_KONG_ID, HONG_KONG, AB123456A",
        "MACAO_PERMIT, MACAO, M1234567800",
        "MACAO_ID, MACAO, 12345678",
        "MACAO_ID, MACAO, 1234567A",
        "PASSPORT, FOREIGN, E12345",
        "PASSPORT, FOREIGN, 123456789ABCDEFGHIJK"})
    void validNumbers(DocumentType type, Region region, String raw) {
        assertNull(DocumentNumbers.check(type, region, DocumentNumbers.normalize(type, raw)));
    }

    @ParameterizedTest
    @CsvSource({
        "RESIDENT_ID, FOREIGN", "MILITARY_OFFICER, HONG_KONG", "POLICE_OFFICER, TAIWAN",
        "CIVILIAN_CADRE, MACAO", "SOLDIER, FOREIGN", "MILITARY_STUDENT, HONG_KONG",
        "TAIWAN_PERMIT, MAINLAND", "TAIWAN_ID, HONG_KONG", "HONG_KONG_PERMIT, MACAO", "HONG_KONG_ID, MAINLAND",
        "MACAO_PERMIT, HONG_KONG", "MACAO_ID, TAIWAN", "PASSPORT, MAINLAND", "PASSPORT, TAIWAN"})
    void documentTypeNotIssuedForRegionIsRefused(DocumentType type, Region region) {
        assertEquals(RuleCodes.DOCUMENT_TYPE_REGION, DocumentNumbers.check(type, region, "A1234567"));
    }

    @Test
    void missingDocumentTypeIsRefusedAsTypeRegion() {
        assertEquals(RuleCodes.DOCUMENT_TYPE_REGION, DocumentNumbers.check(null, MAINLAND, "A1234567"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "RESIDENT_ID | MAINLAND | 110105 19491231002X",
        "RESIDENT_ID | MAINLAND | 110105-19491231002X",
        "HONG_KONG_ID | HONG_KONG | A123456(7)",
        "HONG_KONG_PERMIT | HONG_KONG | H12345678-00",
        "PASSPORT | FOREIGN | E1234.567",
        "PASSPORT | FOREIGN | E1234 567",
        "PASSPORT | FOREIGN | E1234/567",
        "MILITARY_OFFICER | MAINLAND | 南字第1234567号。",
        "MILITARY_OFFICER | MAINLAND | 南字（1234567）号",
        "TAIWAN_ID | TAIWAN | A12345678_"})
    void spacesAndPunctuationAreNeverAllowed(DocumentType type, Region region, String raw) {
        assertEquals(RuleCodes.DOCUMENT_NUMBER_CHARACTERS, DocumentNumbers.check(type, region, DocumentNumbers.normalize(type, raw)));
    }

    @ParameterizedTest
    @CsvSource({
        "TAIWAN_PERMIT, TAIWAN, 123456789", "TAIWAN_PERMIT, TAIWAN, 12345678901",
        "TAIWAN_ID, TAIWAN, A12345678", "TAIWAN_ID, TAIWAN, A1234567890",
        "HONG_KONG_PERMIT, HONG_KONG, H12345678", "HONG_KONG_PERMIT, HONG_KONG, H123456789012",
        "MACAO_PERMIT, MACAO, M123456789",
        "HONG_KONG_ID, HONG_KONG, A123456", "HONG_KONG_ID, HONG_KONG, AB12345678",
        "MACAO_ID, MACAO, 1234567", "MACAO_ID, MACAO, 123456789",
        "PASSPORT, FOREIGN, E1234", "PASSPORT, FOREIGN, 123456789ABCDEFGHIJKL",
        "MILITARY_OFFICER, MAINLAND, 南字1", "POLICE_OFFICER, MAINLAND, 123456789012345678901",
        "PASSPORT, FOREIGN, ''", "TAIWAN_ID, TAIWAN, ''"})
    void wrongLengthIsRefused(DocumentType type, Region region, String raw) {
        assertEquals(RuleCodes.DOCUMENT_NUMBER_LENGTH, DocumentNumbers.check(type, region, DocumentNumbers.normalize(type, raw)));
    }

    @ParameterizedTest
    @CsvSource({
        "TAIWAN_ID, TAIWAN, 1123456789", "TAIWAN_ID, TAIWAN, AB23456789",
        "HONG_KONG_PERMIT, HONG_KONG, M1234567800", "HONG_KONG_PERMIT, HONG_KONG, 12345678900",
        "HONG_KONG_PERMIT, HONG_KONG, H12345678A0",
        "MACAO_PERMIT, MACAO, H1234567800",
        "TAIWAN_PERMIT, TAIWAN, 123456789台",
        "HONG_KONG_ID, HONG_KONG, A123456七",
        "MACAO_ID, MACAO, 1234567Ａ",
        "PASSPORT, FOREIGN, E12345６",
        "SOLDIER, MAINLAND, 士字第١٢٣٤号"})
    void wrongFormIsRefused(DocumentType type, Region region, String raw) {
        assertEquals(RuleCodes.DOCUMENT_NUMBER_FORMAT, DocumentNumbers.check(type, region, DocumentNumbers.normalize(type, raw)));
    }

    @Test
    void militaryCardsCountRareCharactersBeyondTheBmpAsOne() {
        // 𠀀 is U+20000 (CJK extension B): 4 code points although 5 UTF-16 units
        assertNull(DocumentNumbers.check(MILITARY_OFFICER, MAINLAND, "𠀀字12"));
    }

    @Test
    void residentIdRulesApplyThroughDocumentNumbers() {
        assertEquals(RuleCodes.RESIDENT_ID_CHECK_CHARACTER,
                DocumentNumbers.check(RESIDENT_ID, MAINLAND, ResidentIdNumberTest.withWrongCheck(MAINLAND_ID)));
        assertEquals(RuleCodes.RESIDENT_ID_OLD_FORMAT, DocumentNumbers.check(RESIDENT_ID, MAINLAND, "110105491231002"));
        assertEquals(RuleCodes.RESIDENT_ID_LENGTH, DocumentNumbers.check(RESIDENT_ID, MAINLAND, "11010519491231002"));
        assertEquals(RuleCodes.RESIDENT_ID_BIRTH_DATE,
                DocumentNumbers.check(RESIDENT_ID, MAINLAND, ResidentIdNumberTest.valid("11010519990230123")));
        assertEquals(RuleCodes.RESIDENT_ID_LENGTH, DocumentNumbers.check(RESIDENT_ID, MAINLAND, null));
    }

    @ParameterizedTest
    @CsvSource({"81, HONG_KONG", "82, MACAO", "83, TAIWAN"})
    void residencePermitNumbersAreValidForTheirRegion(String prefix, Region region) {
        String number = ResidentIdNumberTest.valid(prefix + "000019900307123");
        assertNull(DocumentNumbers.check(RESIDENT_ID, region, number));
        assertEquals(Sex.MALE, ResidentIdNumber.parse(number).sex());
    }

    @ParameterizedTest
    @EnumSource(value = Region.class, names = {"MAINLAND", "MACAO", "TAIWAN"})
    void hongKongResidencePermitNumberIsRefusedForOtherRegions(Region region) {
        assertEquals(RuleCodes.RESIDENT_ID_REGION_MISMATCH, DocumentNumbers.check(RESIDENT_ID, region, HONG_KONG_PERMIT_ID));
    }

    @Test
    void macaoAndTaiwanResidencePermitNumbersAreRefusedForTheMainland() {
        assertEquals(RuleCodes.RESIDENT_ID_REGION_MISMATCH, DocumentNumbers.check(RESIDENT_ID, MAINLAND, MACAO_PERMIT_ID));
        assertEquals(RuleCodes.RESIDENT_ID_REGION_MISMATCH, DocumentNumbers.check(RESIDENT_ID, MAINLAND, TAIWAN_PERMIT_ID));
        assertEquals(RuleCodes.RESIDENT_ID_REGION_MISMATCH, DocumentNumbers.check(RESIDENT_ID, HONG_KONG, TAIWAN_PERMIT_ID));
    }

    @ParameterizedTest
    @EnumSource(value = Region.class, names = {"HONG_KONG", "MACAO", "TAIWAN"})
    void mainlandResidentIdIsRefusedForHongKongMacaoTaiwan(Region region) {
        assertEquals(RuleCodes.RESIDENT_ID_REGION_MISMATCH, DocumentNumbers.check(RESIDENT_ID, region, MAINLAND_ID));
    }
}

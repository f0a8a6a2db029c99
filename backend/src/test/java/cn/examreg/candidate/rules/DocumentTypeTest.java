package cn.examreg.candidate.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class DocumentTypeTest {

    @ParameterizedTest
    @CsvSource({
        "RESIDENT_ID, MAINLAND;HONG_KONG;MACAO;TAIWAN",
        "MILITARY_OFFICER, MAINLAND", "POLICE_OFFICER, MAINLAND", "CIVILIAN_CADRE, MAINLAND",
        "SOLDIER, MAINLAND", "MILITARY_STUDENT, MAINLAND",
        "TAIWAN_PERMIT, TAIWAN", "TAIWAN_ID, TAIWAN",
        "HONG_KONG_PERMIT, HONG_KONG", "HONG_KONG_ID, HONG_KONG",
        "MACAO_PERMIT, MACAO", "MACAO_ID, MACAO",
        "PASSPORT, FOREIGN"})
    void documentTypeIsAllowedExactlyForItsRegions(DocumentType type, String regions) {
        Set<Region> allowed = EnumSet.noneOf(Region.class);
        for (String r : regions.split(";")) {
            allowed.add(Region.valueOf(r));
        }
        for (Region region : Region.values()) {
            assertEquals(allowed.contains(region), type.allowedFor(region), type + " for " + region);
        }
        assertFalse(type.allowedFor(null));
    }

    @Test
    void chineseLabels() {
        assertEquals("居民身份证", DocumentType.RESIDENT_ID.zh());
        assertEquals("士兵(官)证", DocumentType.SOLDIER.zh());
        assertEquals("港澳居民来往内地通行证(香港)", DocumentType.HONG_KONG_PERMIT.zh());
        assertEquals("港澳居民来往内地通行证(澳门)", DocumentType.MACAO_PERMIT.zh());
        assertEquals("外籍护照", DocumentType.PASSPORT.zh());
    }

    @ParameterizedTest
    @EnumSource(DocumentType.class)
    void onlyResidentIdDerivesSexAndBirthDate(DocumentType type) {
        assertEquals(type == DocumentType.RESIDENT_ID, type.derivesSexAndBirthDate());
        assertTrue(type.zh() != null && !type.zh().isBlank());
    }
}

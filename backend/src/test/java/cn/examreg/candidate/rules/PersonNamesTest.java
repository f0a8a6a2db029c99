package cn.examreg.candidate.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"张三", "王", "阿依古丽·买买提", "阿依古丽.买买提", "阿依古丽•买买提", "王?明", "??",
                            "欧阳娜娜", "㐀明", "𠀀明", "爱新觉罗·溥仪", "阿卜杜·热合曼·艾力"})
    void validMainlandNames(String name) {
        assertNull(PersonNames.check(Region.MAINLAND, name));
    }

    @Test
    void normalizeTurnsAllDotsIntoMiddleDotAndTrims() {
        assertEquals("阿依古丽·买买提", PersonNames.normalize(" 阿依古丽.买买提 "));
        assertEquals("阿依古丽·买买提", PersonNames.normalize("阿依古丽•买买提"));
        assertEquals("阿依古丽·买买提", PersonNames.normalize("阿依古丽·买买提"));
        assertNull(PersonNames.normalize(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zhang San", "张三A", "张三1", "张 三", "张-三", "·张三", "张三·", "阿依古丽··买买提",
                            "阿依古丽.·买买提", "张三！", "张_三", "ＡＢ", "가나"})
    void mainlandNamesWithOtherCharactersOrMisplacedDotsAreRefused(String name) {
        assertEquals(RuleCodes.NAME_MAINLAND_CHARACTERS, PersonNames.check(Region.MAINLAND, name));
    }

    @ParameterizedTest
    @EnumSource(Region.class)
    void blankNameIsRequired(Region region) {
        assertEquals(RuleCodes.NAME_REQUIRED, PersonNames.check(region, null));
        assertEquals(RuleCodes.NAME_REQUIRED, PersonNames.check(region, ""));
        assertEquals(RuleCodes.NAME_REQUIRED, PersonNames.check(region, "   "));
    }

    @Test
    void twentyEightCharactersAreAcceptedTwentyNineAreTooLong() {
        assertNull(PersonNames.check(Region.MAINLAND, "张".repeat(28)));
        assertEquals(RuleCodes.NAME_LENGTH, PersonNames.check(Region.MAINLAND, "张".repeat(29)));
        assertNull(PersonNames.check(Region.FOREIGN, "Abcdefghijklm Nopqrstuvwxyza"));
        assertEquals(RuleCodes.NAME_LENGTH, PersonNames.check(Region.FOREIGN, "Abcdefghijklm Nopqrstuvwxyzab"));
    }

    @Test
    void rareCharactersBeyondTheBmpCountAsOneCharacter() {
        String name = "𠀀".repeat(28); // U+20000, 56 UTF-16 units
        assertNull(PersonNames.check(Region.MAINLAND, name));
        assertEquals(RuleCodes.NAME_LENGTH, PersonNames.check(Region.MAINLAND, name + "𠀀"));
    }

    @ParameterizedTest
    @EnumSource(value = Region.class, names = {"HONG_KONG", "MACAO", "TAIWAN"})
    void hongKongMacaoTaiwanAcceptChineseOrLatinNames(Region region) {
        assertNull(PersonNames.check(region, "陈大文"));
        assertNull(PersonNames.check(region, "Chan Tai Man"));
        assertEquals(RuleCodes.NAME_LATIN_CASE, PersonNames.check(region, "chan tai man"));
        assertEquals(RuleCodes.NAME_LATIN_CHARACTERS, PersonNames.check(region, "Chan Tai Man 陈"));
        assertEquals(RuleCodes.NAME_MAINLAND_CHARACTERS, PersonNames.check(region, "陈大文!"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"John O'neil", "Mary-jane Smith", "Chan Tai Man", "A", "Jean-pierre D'arc"})
    void validLatinNames(String name) {
        assertNull(PersonNames.check(Region.FOREIGN, name));
        assertNull(PersonNames.check(Region.HONG_KONG, name));
    }

    @Test
    void foreignCandidatesMustUseLatinNames() {
        assertEquals(RuleCodes.NAME_LATIN_CHARACTERS, PersonNames.check(Region.FOREIGN, "张三"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"chan tai man", "CHAN TAI MAN", "Chan tai Man", "McDonald Smith", "John O'Neil", "jOHN"})
    void latinNamesWithWrongCaseAreRefusedForCase(String name) {
        assertEquals(RuleCodes.NAME_LATIN_CASE, PersonNames.check(Region.FOREIGN, name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Chan  Tai Man", "Chan3", "Chan_Tai", "Chan, Tai", "'john", "John-", "John--smith",
                            "John O'", "José Garcia", "Ｊohn", "John.Smith", "John\tSmith"})
    void latinNamesWithOtherCharactersAreRefused(String name) {
        assertEquals(RuleCodes.NAME_LATIN_CHARACTERS, PersonNames.check(Region.FOREIGN, name));
    }
}

package cn.examreg.candidate;

import cn.examreg.candidate.rules.Ages;
import cn.examreg.candidate.rules.DocumentNumbers;
import cn.examreg.candidate.rules.DocumentType;
import cn.examreg.candidate.rules.PersonNames;
import cn.examreg.candidate.rules.Region;
import cn.examreg.candidate.rules.ResidentIdNumber;
import cn.examreg.candidate.rules.Sex;
import cn.examreg.common.error.Violations;
import java.time.LocalDate;

/**
 * The identity rules shared by registration, bulk import and an operator's correction: name by region,
 * document number by type, sex and birth date derived from a resident ID (typed otherwise), age 18–75.
 */
final class IdentityRules {
    private IdentityRules() {
    }

    /** The normalised identity, or nulls where a rule failed (the failures are added to {@code v}). */
    record Checked(String name, String documentNumber, Sex sex, LocalDate birthDate) {
    }

    /** The normalised document number; adds the type/region and number violations to {@code v}. */
    static String checkNumber(Violations v, Region region, DocumentType type, String rawNumber) {
        if (type == null || rawNumber == null || v.has("documentNumber")) {
            return null;
        }
        String number = DocumentNumbers.normalize(type, rawNumber);
        if (region != null) {
            v.check("documentType", type.allowedFor(region) ? null : "DOCUMENT_TYPE_REGION");
            if (type.allowedFor(region)) {
                v.check("documentNumber", DocumentNumbers.check(type, region, number));
            }
        }
        return number;
    }

    static Checked check(Violations v, Region region, DocumentType type, String rawNumber, String rawName,
                         Sex sex, LocalDate birthDate, LocalDate today) {
        String name = rawName == null ? null : PersonNames.normalize(rawName.trim());
        if (region != null && name != null && !v.has("name")) {
            v.check("name", PersonNames.check(region, name));
        }
        String number = checkNumber(v, region, type, rawNumber);
        Sex effectiveSex = sex;
        LocalDate effectiveBirth = birthDate;
        if (type != null && type.derivesSexAndBirthDate()) {
            effectiveSex = null;
            effectiveBirth = null;
            if (number != null && !v.has("documentNumber") && !v.has("documentType")) {
                ResidentIdNumber id = ResidentIdNumber.parse(number);
                effectiveSex = id.sex();
                effectiveBirth = id.birthDate();
                v.check("documentNumber", Ages.check(effectiveBirth, today));
            }
        } else if (type != null) {
            v.require("sex", sex);
            v.require("birthDate", birthDate);
            if (birthDate != null) {
                v.check("birthDate", Ages.check(birthDate, today));
            }
        }
        return new Checked(name, number, effectiveSex, effectiveBirth);
    }
}

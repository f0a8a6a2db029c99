package cn.examreg.material;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.examreg.candidate.ProfileDtos.CertificateKind;
import cn.examreg.candidate.ProfileDtos.EducationLevel;
import cn.examreg.candidate.ProfileDtos.EmploymentStatus;
import cn.examreg.candidate.ProfileDtos.ProofType;
import cn.examreg.candidate.rules.Region;
import cn.examreg.catalogue.ExamCategory.Level;
import cn.examreg.material.MaterialRequirements.EducationFact;
import cn.examreg.material.MaterialRequirements.Facts;
import cn.examreg.material.MaterialRequirements.Requirement;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Which materials an application's data call for. */
class MaterialRequirementsTest {
    private static final EducationFact UNDERGRADUATE = new EducationFact("e1", EducationLevel.UNDERGRADUATE, "湘雅医学院",
            "105331201305001234", null, null);

    private static Facts facts(Level level, EmploymentStatus status, boolean serviceMember, Region region,
                               List<EducationFact> educations, CertificateKind certificate, Set<String> area) {
        return new Facts(level, status, serviceMember, region, educations, certificate, "湖北省", area);
    }

    private static Set<String> required(Facts f) {
        return MaterialRequirements.of(f).stream().filter(Requirement::required).map(Requirement::slot)
                .collect(Collectors.toSet());
    }

    @Test
    void everyoneNeedsThePhotoAndEachEducationWithACertificateNumberItsCertificate() {
        Set<String> slots = required(facts(Level.PRACTISING, EmploymentStatus.EMPLOYED, false, Region.MAINLAND,
                List.of(UNDERGRADUATE), null, Set.of()));
        assertEquals(Set.of("PHOTO", "GRADUATION_CERTIFICATE/e1"), slots);
        List<Requirement> all = MaterialRequirements.of(facts(Level.PRACTISING, EmploymentStatus.EMPLOYED, false,
                Region.MAINLAND, List.of(UNDERGRADUATE), null, Set.of()));
        assertTrue(all.stream().anyMatch(r -> r.slot().equals("ID_DOCUMENT") && !r.required()), "ID scan optional");
        assertTrue(all.stream().anyMatch(r -> r.slot().equals("OTHER") && !r.required()), "other optional");
    }

    @Test
    void theMoeRecordOfAnEducationIsRequiredAsItsProof() {
        EducationFact withProof = new EducationFact("e2", EducationLevel.POSTGRADUATE, "北京大学医学部", null,
                ProofType.MOE_REGISTRATION_RECORD, "A1B2C3D4E5F6G7H8");
        Set<String> slots = required(facts(Level.PRACTISING, EmploymentStatus.POSTGRADUATE_CURRENT_YEAR, false,
                Region.MAINLAND, List.of(withProof), null, Set.of()));
        // no certificate number yet (current-year postgraduate): certificate optional, pledge required
        assertEquals(Set.of("PHOTO", "EDU_MOE_RECORD/e2", "GRADUATE_PLEDGE"), slots);
    }

    @Test
    void secondarySchoolToPractisingOrAnAssistantCertificateNeedsBothAssistantCertificates() {
        EducationFact secondary = new EducationFact("e3", EducationLevel.SECONDARY, "卫校", "105331201305001234", null, null);
        Set<String> slots = required(facts(Level.PRACTISING, EmploymentStatus.EMPLOYED, false, Region.MAINLAND,
                List.of(secondary), null, Set.of()));
        assertTrue(slots.containsAll(Set.of("ASSISTANT_QUALIFICATION", "ASSISTANT_PRACTISING")), slots.toString());
        Set<String> assistantLevel = required(facts(Level.ASSISTANT, EmploymentStatus.EMPLOYED, false, Region.MAINLAND,
                List.of(secondary), null, Set.of()));
        assertFalse(assistantLevel.contains("ASSISTANT_QUALIFICATION"));
        Set<String> upgrading = required(facts(Level.PRACTISING, EmploymentStatus.EMPLOYED, false, Region.MAINLAND,
                List.of(UNDERGRADUATE), CertificateKind.ASSISTANT_QUALIFICATION, Set.of()));
        assertTrue(upgrading.contains("ASSISTANT_PRACTISING"));
    }

    @Test
    void serviceMembersNonMainlandCandidatesAndAreasAddTheirForms() {
        assertTrue(required(facts(Level.PRACTISING, EmploymentStatus.EMPLOYED, true, Region.MAINLAND, List.of(), null,
                Set.of())).contains("MILITARY_UNIT_APPROVAL"));
        assertTrue(required(facts(Level.PRACTISING, EmploymentStatus.EMPLOYED, false, Region.MACAO, List.of(), null,
                Set.of())).contains("INTERNSHIP_APPROVAL_HMT"));
        assertTrue(required(facts(Level.PRACTISING, EmploymentStatus.EMPLOYED, false, Region.FOREIGN, List.of(), null,
                Set.of())).contains("INTERNSHIP_APPROVAL_FOREIGN"));
        List<Requirement> hubei = MaterialRequirements.of(facts(Level.PRACTISING, EmploymentStatus.PROBATION, false,
                Region.MAINLAND, List.of(), null, Set.of("PROBATION_CERTIFICATE")));
        Requirement probation = hubei.stream().filter(r -> r.slot().equals("PROBATION_CERTIFICATE")).findFirst().orElseThrow();
        assertTrue(probation.required(), "the area's requirement wins over the optional slot");
        assertEquals("REASON_AREA", probation.reason());
        assertEquals(1, hubei.stream().filter(r -> r.slot().equals("PROBATION_CERTIFICATE")).count());
    }

    @Test
    void masterApprenticeEntriesNeedTheirExpertiseCertificateNotAGraduationCertificate() {
        EducationFact apprentice = new EducationFact("e4", EducationLevel.MASTER_APPRENTICE, null, null,
                ProofType.TCM_EXPERTISE_CERTIFICATE, null);
        List<Requirement> all = MaterialRequirements.of(facts(Level.ASSISTANT, EmploymentStatus.EMPLOYED, false,
                Region.MAINLAND, List.of(apprentice), null, Set.of()));
        assertTrue(all.stream().noneMatch(r -> r.typeCode().equals("GRADUATION_CERTIFICATE")));
        assertTrue(all.stream().anyMatch(r -> r.slot().equals("EDU_TCM_EXPERTISE/e4") && r.required()));
    }
}

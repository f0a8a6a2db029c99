package cn.examreg.application.pdf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the application form (医师资格考试报名暨授予医师资格申请表) shows. Plain display values: the caller turns
 * codes and enumerations into their Chinese labels. Optional values may be {@code null}.
 *
 * @param applicationNumber application number (报名号), also printed as a Code 128 barcode; required
 * @param examCode          exam code, e.g. {@code 2026110}
 * @param examName          exam name, e.g. 临床执业医师
 * @param person            basic information; required
 * @param photo             the candidate's photo, JPEG (or PNG) bytes; {@code null} prints an empty photo box
 * @param contact           contact details (optional)
 * @param work              work information (optional)
 * @param educations        education history rows
 * @param trainings         training / probation rows
 * @param certificate       certificate, when the application uses one (optional)
 * @param choice            exam area and site, attempts, extra subjects (optional)
 * @param submittedAt       when the application was submitted (optional, shown in China time)
 * @param printedAt         print time shown in the footer; {@code null} means now
 */
public record FormData(
        String applicationNumber,
        String examCode,
        String examName,
        Person person,
        byte[] photo,
        Contact contact,
        Work work,
        List<Education> educations,
        List<Training> trainings,
        Certificate certificate,
        Choice choice,
        Instant submittedAt,
        Instant printedAt) {

    public FormData {
        Objects.requireNonNull(applicationNumber, "applicationNumber");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(person.name(), "person.name");
        educations = educations == null ? List.of() : List.copyOf(educations);
        trainings = trainings == null ? List.of() : List.copyOf(trainings);
    }

    /** Basic information (基本信息). {@code region} is e.g. 中国大陆 / 香港 / 澳门 / 台湾 / 外籍. */
    public record Person(String name, String sex, LocalDate birthDate, String ethnicity, String region,
                         String documentType, String documentNumber) {
    }

    /** Contact details (联系方式). */
    public record Contact(String mobile, String email, String homePhone, String workPhone, String address,
                          String postalCode) {
    }

    /** Work (工作情况): 在岗情况, 工作单位, 试用机构, 本人身份 (military units only), 特殊岗位. */
    public record Work(String employmentStatus, String employer, String probationInstitution, String ownStatus,
                       String post) {
    }

    /** One education row (学历). Months as {@code YYYY-MM}; {@code proof} e.g. 学历证书电子注册备案表 + its code. */
    public record Education(String startMonth, String endMonth, String school, String major, String level,
                            String studyForm, String certificateNumber, String proof) {
    }

    /** One training or probation row (培训/试用经历). */
    public record Training(String startMonth, String endMonth, String institution, String kind,
                           String description) {
    }

    /** Certificate (证书): kind, category, month and number, registration month and number. */
    public record Certificate(String kind, String category, String certificateMonth, String certificateNumber,
                              String registrationMonth, String registrationNumber) {
    }

    /** Exam choice (报考信息): area, site, cumulative attempts (累计报考次数) and extra subjects (加试科目). */
    public record Choice(String areaName, String siteName, int attempts, List<String> extraSubjects) {
        public Choice {
            extraSubjects = extraSubjects == null ? List.of() : List.copyOf(extraSubjects);
        }
    }
}

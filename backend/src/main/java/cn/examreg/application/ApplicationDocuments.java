package cn.examreg.application;

import cn.examreg.application.ApplicationDtos.LevelProgress;
import cn.examreg.application.ApplicationStateMachine.State;
import cn.examreg.application.pdf.ApplicationPdfs;
import cn.examreg.application.pdf.FormData;
import cn.examreg.application.pdf.NoticeData;
import cn.examreg.candidate.CandidateService;
import cn.examreg.candidate.ProfileDtos.CertificateEntry;
import cn.examreg.candidate.ProfileDtos.EducationEntry;
import cn.examreg.candidate.ProfileDtos.Profile;
import cn.examreg.candidate.ProfileDtos.TrainingEntry;
import cn.examreg.catalogue.CatalogueService;
import cn.examreg.catalogue.ExamAreaWindow;
import cn.examreg.catalogue.ExamCategory;
import cn.examreg.catalogue.ExamSite;
import cn.examreg.common.error.ApiException;
import cn.examreg.common.time.ChinaTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The printable documents of a submitted application: the registration success notice and the application form. */
@ApplicationScoped
public class ApplicationDocuments {
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("MALE", "男"), Map.entry("FEMALE", "女"),
            Map.entry("MAINLAND", "中国大陆"), Map.entry("HONG_KONG", "中国香港"), Map.entry("MACAO", "中国澳门"),
            Map.entry("TAIWAN", "中国台湾"), Map.entry("FOREIGN", "外籍"),
            Map.entry("PROBATION", "试用期"), Map.entry("EMPLOYED", "在岗"), Map.entry("POSTGRADUATE_CURRENT_YEAR", "应届研究生"),
            Map.entry("ARMY_CADRE", "军队现役干部"), Map.entry("ARMY_NCO", "军队现役士官"), Map.entry("ARMY_CIVILIAN", "军队文职人员"),
            Map.entry("FORCES_CADRE", "武警现役干部"), Map.entry("FORCES_NCO", "武警现役士官"), Map.entry("FORCES_CIVILIAN", "武警文职人员"),
            Map.entry("PREHOSPITAL_EMERGENCY", "院前急救"), Map.entry("PAEDIATRICS", "儿科"), Map.entry("MILITARY_MEDICINE", "军事医学"),
            Map.entry("POSTGRADUATE", "研究生"), Map.entry("UNDERGRADUATE", "本科"), Map.entry("JUNIOR_COLLEGE", "大专"),
            Map.entry("SECONDARY", "中专"), Map.entry("MASTER_APPRENTICE", "师承或确有专长"), Map.entry("NONE", "无学历"),
            Map.entry("FULL_TIME", "全日制"), Map.entry("PART_TIME", "非全日制"),
            Map.entry("MOE_REGISTRATION_RECORD", "学历证书电子注册备案表"), Map.entry("CREDENTIAL_REPORT", "学历认证报告"),
            Map.entry("SECONDARY_VOCATIONAL_PROOF", "中职学历证明"), Map.entry("OVERSEAS_CREDENTIAL", "留学服务中心认证书"),
            Map.entry("TCM_EXPERTISE_CERTIFICATE", "传统医学师承或确有专长证书"),
            Map.entry("STANDARDISED_RESIDENCY", "住院医师规范化培训"), Map.entry("INTERNSHIP", "实习"), Map.entry("OTHER", "其他"),
            Map.entry("ASSISTANT_QUALIFICATION", "执业助理医师资格证书"), Map.entry("ASSISTANT_PRACTISING", "执业助理医师执业证书"),
            Map.entry("POINT", "报名点"), Map.entry("SITE", "考点"), Map.entry("AREA", "考区"), Map.entry("NATIONAL", "国家"),
            Map.entry("WAITING", "待审核"), Map.entry("IN_REVIEW", "审核中"), Map.entry("APPROVED", "审核通过"),
            Map.entry("RETURNED", "退回修改"), Map.entry("REJECTED", "审核未通过"),
            Map.entry("UNDER_REVIEW", "审核中"), Map.entry("DRAFT", "草稿"), Map.entry("WITHDRAWN", "已放弃"));

    @Inject
    ApplicationScope scope;
    @Inject
    ApplicationService applications;
    @Inject
    CandidateService candidates;
    @Inject
    CatalogueService catalogue;
    @Inject
    ApplicationMaterials materials;

    public byte[] notice(String id) {
        Application a = printable(id);
        Profile p = candidates.profileOf(a.candidateId);
        ExamSite site = a.siteCode == null ? null : catalogue.site(a.siteCode).orElse(null);
        ExamAreaWindow window = catalogue.window(a.examCode, a.areaCode).orElse(null);
        List<NoticeData.Review> reviews = ApplicationService.progress(a).stream()
                .map((LevelProgress l) -> new NoticeData.Review(label(l.level()), label(l.status()), l.decidedAt(), l.reason()))
                .toList();
        return ApplicationPdfs.notice(new NoticeData(a.number, a.examCode, examName(a), p.basic().name(),
                label(p.basic().sex()), p.basic().documentType().zh(), p.basic().documentNumber(), areaName(a),
                site == null ? null : site.name, site == null ? null : site.address, a.submittedAt, label(a.state),
                reviews, window == null ? null : date(window.reviewOpens), window == null ? null : date(window.reviewCloses),
                null, Instant.now()));
    }

    public byte[] form(String id) {
        Application a = printable(id);
        Profile p = candidates.profileOf(a.candidateId);
        ExamSite site = a.siteCode == null ? null : catalogue.site(a.siteCode).orElse(null);
        var basic = p.basic();
        var contact = p.contact();
        var work = p.work();
        List<FormData.Education> educations = p.educations().stream().filter(e -> a.educations().contains(e.id()))
                .map(ApplicationDocuments::education).toList();
        List<FormData.Training> trainings = p.trainings().stream().filter(t -> a.trainings().contains(t.id()))
                .map(ApplicationDocuments::training).toList();
        FormData.Certificate certificate = p.certificates().stream().filter(c -> c.id().equals(a.certificateId))
                .findFirst().map(ApplicationDocuments::certificate).orElse(null);
        return ApplicationPdfs.form(new FormData(a.number, a.examCode, examName(a),
                new FormData.Person(basic.name(), label(basic.sex()), basic.birthDate(), basic.ethnicity(),
                        label(basic.region()), basic.documentType().zh(), basic.documentNumber()),
                materials.acceptedPhoto(a),
                new FormData.Contact(contact.mobile(), contact.email(), contact.homePhone(), contact.workPhone(),
                        contact.address(), contact.postalCode()),
                new FormData.Work(label(work.employmentStatus()), work.employer(), work.probationInstitution(),
                        label(work.ownStatus()), label(work.post())),
                educations, trainings, certificate,
                new FormData.Choice(areaName(a), site == null ? null : site.name, a.attempts,
                        a.extras().stream().map(ApplicationDocuments::label).toList()),
                a.submittedAt, Instant.now()));
    }

    /** Only submitted applications have documents; candidates print their own, operators those in scope. */
    private Application printable(String id) {
        Application a = scope.readable(id);
        if (a.state == State.DRAFT || a.state == State.WITHDRAWN || a.submittedAt == null) {
            throw new ApiException(409, "DOCUMENT_NOT_AVAILABLE", label(a.state));
        }
        return a;
    }

    private String examName(Application a) {
        ExamCategory category = catalogue.category(catalogue.exam(a.examCode).orElseThrow().categoryCode);
        return category.nameZh;
    }

    private String areaName(Application a) {
        return a.areaCode == null ? null : catalogue.area(a.areaCode).map(area -> area.nameZh).orElse(null);
    }

    private static LocalDate date(Instant instant) {
        return instant == null ? null : instant.atZone(ChinaTime.ZONE).toLocalDate();
    }

    private static String label(Object value) {
        return value == null ? null : LABELS.getOrDefault(value.toString(), value.toString());
    }

    private static FormData.Education education(EducationEntry e) {
        return new FormData.Education(e.startMonth(), e.endMonth(), e.school(), e.major(), label(e.level()),
                label(e.studyForm()), e.certificateNumber(), label(e.proofType()));
    }

    private static FormData.Training training(TrainingEntry t) {
        return new FormData.Training(t.startMonth(), t.endMonth(), t.institution(), label(t.kind()), t.description());
    }

    private static FormData.Certificate certificate(CertificateEntry c) {
        return new FormData.Certificate(label(c.kind()), c.category(), c.certificateMonth(), c.certificateNumber(),
                c.registrationMonth(), c.registrationNumber());
    }
}

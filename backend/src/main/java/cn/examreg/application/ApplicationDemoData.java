package cn.examreg.application;

import cn.examreg.account.Account;
import cn.examreg.candidate.Candidate;
import cn.examreg.candidate.Education;
import cn.examreg.candidate.ProfileDtos.EducationLevel;
import cn.examreg.candidate.ProfileDtos.EmploymentStatus;
import cn.examreg.candidate.ProfileDtos.StudyForm;
import cn.examreg.catalogue.CatalogueService;
import cn.examreg.catalogue.Exam;
import cn.examreg.common.security.Roles;
import cn.examreg.common.time.ChinaTime;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * A draft for the demo candidate of `make run` (profile local): this year's clinical practising exam in Hunan at
 * site 4301, with an undergraduate education chosen, so that a newcomer logs in as demo / Demo12345 and goes
 * straight to the materials (photo and graduation certificate), then submits. Created once, after the demo
 * accounts and catalogue (observer priority), only while the demo candidate has no application. Rows are written
 * directly: this is set-up, not an audited change.
 */
public class ApplicationDemoData {
    private static final Logger LOG = Logger.getLogger(ApplicationDemoData.class);

    @ConfigProperty(name = "examreg.demo-data", defaultValue = "false")
    boolean enabled;
    @Inject
    CatalogueService catalogue;

    void onStart(@Observes @Priority(3000) StartupEvent event) {
        if (enabled) {
            QuarkusTransaction.requiringNew().run(this::createDraft);
        }
    }

    private void createDraft() {
        Candidate c = Account.byUsername("demo").flatMap(a -> Candidate.byAccount(a.id)).orElse(null);
        String examCode = Exam.codeOf(ChinaTime.today().getYear(), "110");
        if (c == null || Application.count("candidateId", c.id) > 0 || catalogue.exam(examCode).isEmpty()
                || catalogue.site("4301").isEmpty()) {
            return;
        }
        if (c.employmentStatus == null) {
            c.employmentStatus = EmploymentStatus.EMPLOYED;
            c.employer = "中南大学湘雅医院";
        }
        Education e = new Education();
        e.candidateId = c.id;
        e.startMonth = "2008-09";
        e.endMonth = "2013-07";
        e.school = "中南大学湘雅医学院";
        e.major = "临床医学";
        e.level = EducationLevel.UNDERGRADUATE;
        e.studyForm = StudyForm.FULL_TIME;
        e.certificateNumber = "105331201305001234";
        e.persist();
        Application a = new Application();
        a.number = examCode + String.format("%010d", new SecureRandom().nextLong(10_000_000_000L));
        a.candidateId = c.id;
        a.examCode = examCode;
        a.liveKey = c.id + ":" + examCode;
        a.educationIds = e.id;
        a.areaCode = "43";
        a.siteCode = "4301";
        a.persist();
        ApplicationEvent created = new ApplicationEvent();
        created.applicationId = a.id;
        created.occurredAt = Instant.now();
        created.actorId = c.accountId;
        created.actorRole = Roles.CANDIDATE;
        created.action = "CREATE";
        created.toState = a.state.name();
        created.persist();
        LOG.infof("Demo draft %s for candidate demo: upload the photo and the graduation certificate, then submit",
                a.number);
    }
}

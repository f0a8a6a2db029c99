package cn.examreg.application;

import static cn.examreg.support.Api.as;
import static cn.examreg.support.Api.login;
import static cn.examreg.support.Api.registerCandidate;

import cn.examreg.catalogue.Exam;
import cn.examreg.catalogue.ExamArea;
import cn.examreg.catalogue.ExamAreaWindow;
import cn.examreg.catalogue.ExamCategory;
import cn.examreg.catalogue.ExamSite;
import cn.examreg.catalogue.SiteInstitution;
import cn.examreg.material.MaterialFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test data for applications: an exam of its own year with a window in one area and two sites, and candidates'
 * drafts that are ready to submit (steps complete and the required materials uploaded).
 */
public final class ApplicationFixtures {
    private static final AtomicInteger YEARS = new AtomicInteger(3000 + ThreadLocalRandom.current().nextInt(800));

    public final String examCode;
    public final String area = "43";
    public final String site;
    public final String restrictedSite;

    private ApplicationFixtures(String examCode, String site, String restrictedSite) {
        this.examCode = examCode;
        this.site = site;
        this.restrictedSite = restrictedSite;
    }

    /** The fixtures of an exam created earlier by {@link #exam} (its sites are not needed again). */
    static ApplicationFixtures of(String examCode) {
        String year = examCode.substring(0, 4);
        return new ApplicationFixtures(examCode, "T" + year, "R" + year);
    }

    /** A fresh exam of category {@code category} whose registration window in area 43 is open (or closed). */
    public static ApplicationFixtures exam(String category, boolean open) {
        int year = YEARS.incrementAndGet();
        String suffix = Integer.toString(year);
        return QuarkusTransaction.requiringNew().call(() -> {
            ensureReferenceData();
            Exam exam = new Exam();
            exam.code = Exam.codeOf(year, category);
            exam.year = year;
            exam.categoryCode = category;
            exam.persist();
            ExamAreaWindow w = new ExamAreaWindow();
            w.examCode = exam.code;
            w.areaCode = "43";
            Instant now = Instant.now();
            w.registrationOpens = open ? now.minus(Duration.ofDays(1)) : now.minus(Duration.ofDays(30));
            w.registrationCloses = open ? now.plus(Duration.ofDays(30)) : now.minus(Duration.ofDays(1));
            w.reviewOpens = now.minus(Duration.ofDays(1));
            w.reviewCloses = now.plus(Duration.ofDays(40));
            w.persist();
            ExamSite site = site("T" + suffix, false);
            ExamSite restricted = site("R" + suffix, true);
            SiteInstitution listed = new SiteInstitution();
            listed.siteCode = restricted.code;
            listed.institution = "湘雅医院";
            listed.persist();
            return new ApplicationFixtures(exam.code, site.code, restricted.code);
        });
    }

    private static ExamSite site(String code, boolean restricted) {
        ExamSite s = new ExamSite();
        s.code = code;
        s.areaCode = "43";
        s.name = "测试考点 " + code;
        s.restricted = restricted;
        s.persist();
        return s;
    }

    private static void ensureReferenceData() {
        if (ExamArea.findById("43") == null) {
            ExamArea a = new ExamArea();
            a.code = "43";
            a.nameZh = "湖南";
            a.nameEn = "Hunan";
            a.persist();
        }
        category("110", "临床执业医师", ExamCategory.Level.PRACTISING, ExamCategory.Discipline.CLINICAL);
        category("210", "临床执业助理医师", ExamCategory.Level.ASSISTANT, ExamCategory.Discipline.CLINICAL);
        ExamArea.flush();
    }

    private static void category(String code, String name, ExamCategory.Level level, ExamCategory.Discipline d) {
        if (ExamCategory.findById(code) == null) {
            ExamCategory c = new ExamCategory();
            c.code = code;
            c.nameZh = name;
            c.nameEn = name;
            c.level = level;
            c.discipline = d;
            c.sortOrder = Integer.parseInt(code);
            c.persist();
        }
    }

    /** A registered, logged-in candidate with work filled in; returns the token. */
    public static String candidate() {
        String token = login(registerCandidate(), "Passw0rd2026");
        Map<String, Object> contact = Map.of("mobile", "13800138000", "email", "zhangsan@example.com");
        Map<String, Object> work = Map.of("employmentStatus", "PROBATION", "probationInstitution", "湘雅医院");
        as(token).body(Map.of("version", 0, "contact", contact, "work", work)).put("/api/v1/candidates/me")
                .then().statusCode(200);
        return token;
    }

    public static String education(String token, String level) {
        Map<String, Object> body = new HashMap<>(Map.of("startMonth", "2008-09", "endMonth", "2013-07",
                "school", "中南大学湘雅医学院", "major", "临床医学", "level", level, "studyForm", "FULL_TIME",
                "certificateNumber", "105331201305001234"));
        return as(token).body(body).post("/api/v1/candidates/me/educations").then().statusCode(201)
                .extract().path("id");
    }

    /**
     * A draft for the exam with an undergraduate education, the area and the open site, and the materials it
     * requires uploaded (photo, graduation certificate), so that it can be submitted; returns its id.
     */
    public String completeDraft(String token) {
        String id = draft(token);
        uploadMaterials(token, id);
        return id;
    }

    /** A draft whose six steps are complete (undergraduate education, area, open site) but without materials. */
    public String draft(String token) {
        String education = education(token, "UNDERGRADUATE");
        String id = as(token).body(Map.of("examCode", examCode)).post("/api/v1/applications")
                .then().statusCode(201).extract().path("id");
        as(token).body(Map.of("version", 0, "educationIds", List.of(education), "areaCode", area, "siteCode", site))
                .patch("/api/v1/applications/" + id).then().statusCode(200);
        return id;
    }

    /** A complete draft of a new candidate, submitted (under review at the registration point); returns its id. */
    public String submitted(String token) {
        String id = completeDraft(token);
        as(token).post("/api/v1/applications/" + id + "/submit").then().statusCode(200);
        return id;
    }

    /** Uploads a valid file for every required material the application still lacks (or that was rejected). */
    public static void uploadMaterials(String token, String applicationId) {
        MaterialFixtures.uploadRequired(token, applicationId);
    }
}

package cn.examreg.candidate;

import cn.examreg.account.Account;
import cn.examreg.candidate.ProfileDtos.RegistrationRequest;
import cn.examreg.candidate.rules.DocumentType;
import cn.examreg.candidate.rules.Region;
import cn.examreg.candidate.rules.ResidentIdNumber;
import cn.examreg.common.error.Violations;
import cn.examreg.common.security.PasswordHasher;
import cn.examreg.common.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Demo accounts for `make run` (profile local): a candidate demo / Demo12345 and Hunan (43) operators of every
 * review level: hunan_point (registration point 430101 of site 4301), hunan_site (site 4301), hunan_area.
 * Each is created once, when missing; never in production (examreg.demo-data is false there).
 */
public class DemoData {
    private static final Logger LOG = Logger.getLogger(DemoData.class);

    @ConfigProperty(name = "examreg.demo-data", defaultValue = "false")
    boolean enabled;
    @Inject
    CandidateService candidates;
    @Inject
    PasswordHasher hasher;

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        if (Account.byUsername("demo").isEmpty()) {
            String first17 = "43010219900307123";
            String documentNumber = first17 + ResidentIdNumber.checkCharacter(first17);
            candidates.register(new RegistrationRequest("demo", "Demo12345", "我的小学校名？", "实验小学", "张三",
                    Region.MAINLAND, DocumentType.RESIDENT_ID, documentNumber, null, null, "汉族", "13800138000",
                    "demo@example.com"), new Violations());
        }
        QuarkusTransaction.requiringNew().run(() -> {
            operator("hunan_point", "长沙市考点 报名点演示账号", Roles.REGISTRATION_POINT, "4301", "430101", "Point12345");
            operator("hunan_site", "长沙市考点 演示账号", Roles.SITE, "4301", null, "Site12345");
            operator("hunan_area", "湖南考区 演示账号", Roles.AREA, null, null, "Area12345");
            operator("finance", "财务对账 演示账号（全国）", Roles.FINANCE, null, null, "Finance12345");
        });
        LOG.info("Demo accounts ready: candidate demo / Demo12345; Hunan operators hunan_point / Point12345, "
                + "hunan_site / Site12345, hunan_area / Area12345; finance (national) finance / Finance12345");
    }

    private void operator(String username, String displayName, String role, String site, String point, String password) {
        if (Account.byUsername(username).isPresent()) {
            return;
        }
        Account a = new Account();
        a.username = username;
        a.displayName = displayName;
        a.kind = Account.OPERATOR;
        a.role = role;
        a.areaCode = Roles.FINANCE.equals(role) ? null : "43";
        a.siteCode = site;
        a.pointCode = point;
        a.passwordHash = hasher.hash(password);
        a.persist();
    }
}

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
 * Demo accounts for `make run` (profile local): a candidate demo / Demo12345 and an exam-area operator
 * hunan_area / Area12345 for Hunan (43). Created once; never in production (examreg.demo-data=false there).
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
        if (!enabled || Account.byUsername("demo").isPresent()) {
            return;
        }
        String first17 = "43010219900307123";
        String documentNumber = first17 + ResidentIdNumber.checkCharacter(first17);
        candidates.register(new RegistrationRequest("demo", "Demo12345", "我的小学校名？", "实验小学", "张三",
                Region.MAINLAND, DocumentType.RESIDENT_ID, documentNumber, null, null, "汉族", "13800138000",
                "demo@example.com"), new Violations());
        QuarkusTransaction.requiringNew().run(() -> {
            Account area = new Account();
            area.username = "hunan_area";
            area.displayName = "湖南考区 演示账号";
            area.kind = Account.OPERATOR;
            area.role = Roles.AREA;
            area.areaCode = "43";
            area.passwordHash = hasher.hash("Area12345");
            area.persist();
        });
        LOG.info("Demo data created: candidate demo / Demo12345, area operator hunan_area / Area12345");
    }
}

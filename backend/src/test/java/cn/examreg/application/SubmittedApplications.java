package cn.examreg.application;

import static cn.examreg.support.Api.as;

import cn.examreg.catalogue.FeeItem;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import java.util.List;

/** Submitted applications of a fresh exam in area 43, with the fees other capabilities (payments) need. */
public final class SubmittedApplications {
    private SubmittedApplications() {
    }

    /** A candidate's submitted application: its id, its exam and the candidate's token. */
    public record Submitted(String applicationId, String examCode, String token) {
    }

    /** A fresh exam (clinical practising) with an open registration window in area 43. */
    public static String exam() {
        return ApplicationFixtures.exam("110", true).examCode;
    }

    /** A new candidate with a submitted application for {@code examCode} (created by {@link #exam()}). */
    public static Submitted submit(String examCode) {
        ApplicationFixtures fx = ApplicationFixtures.of(examCode);
        String token = ApplicationFixtures.candidate();
        String id = fx.completeDraft(token);
        as(token).post("/api/v1/applications/" + id + "/submit").then().statusCode(200);
        return new Submitted(id, examCode, token);
    }

    /** Sets (or replaces) a fee of the exam in area 43. */
    public static void fee(String examCode, FeeItem.Item item, long amountFen, Instant opens, Instant closes,
                           FeeItem.PayableAfter after) {
        QuarkusTransaction.requiringNew().run(() -> {
            FeeItem fee = FeeItem.find("examCode = ?1 and areaCode = '43' and item = ?2", examCode, item).firstResult();
            if (fee == null) {
                fee = new FeeItem();
                fee.examCode = examCode;
                fee.areaCode = "43";
                fee.item = item;
            }
            fee.amountFen = amountFen;
            fee.payOpens = opens;
            fee.payCloses = closes;
            fee.payableAfter = after;
            fee.offerChannels(List.of(FeeItem.Channel.SANDBOX, FeeItem.Channel.PAY_BY_NUMBER));
            fee.persist();
        });
    }
}

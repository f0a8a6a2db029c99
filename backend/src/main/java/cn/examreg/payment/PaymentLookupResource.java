package cn.examreg.payment;

import cn.examreg.candidate.Candidate;
import cn.examreg.common.audit.Masking;
import cn.examreg.common.error.ApiException;
import cn.examreg.common.time.ChinaTime;
import cn.examreg.common.web.RateLimiter;
import cn.examreg.payment.PaymentDtos.PaymentLookupView;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The pay-by-number lookup of the province's payment account: name + 缴费号 → what is to be paid. Unauthenticated,
 * so it reveals little (fee, amount, masked name, state) and is rate-limited per client address and per number.
 */
@Path("/api/v1/payment-lookup")
@Tag(name = "Payments")
@Singleton
public class PaymentLookupResource {
    @Inject
    PaymentConfig config;
    private RateLimiter perClient;
    private RateLimiter perNumber;

    @PostConstruct
    void init() {
        perClient = new RateLimiter(config.lookupPerMinute());
        perNumber = new RateLimiter(Math.max(5, config.lookupPerMinute() / 2));
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Look up a payment by name and payment number (缴费号)",
            description = "For the province's non-tax payment account: the payer types name + 缴费号. Reveals only the "
                    + "fee item, amount, masked name and state. Both must match; otherwise 404. Rate-limited (429).")
    @APIResponse(responseCode = "200", description = "What is to be paid")
    @APIResponse(responseCode = "404", description = "No payment with this name and number")
    @APIResponse(responseCode = "429", description = "RATE_LIMITED: too many lookups, wait the seconds named")
    public PaymentLookupView lookup(
            @Parameter(description = "The candidate's name as registered", required = true, example = "张三")
            @QueryParam("name") String name,
            @Parameter(description = "缴费号", required = true, example = "430123456789") @QueryParam("paymentNo") String paymentNo,
            @Context HttpServerRequest request) {
        String client = request.remoteAddress() == null ? "unknown" : request.remoteAddress().host();
        perClient.acquire(client);
        if (name == null || name.isBlank()) {
            throw ApiException.invalid("name", "REQUIRED");
        }
        if (paymentNo == null || !paymentNo.matches("\\d{6,16}")) {
            throw ApiException.invalid("paymentNo", "PAYMENT_NO_FORMAT");
        }
        perNumber.acquire(paymentNo);
        PaymentOrder o = PaymentOrder.<PaymentOrder>find("paymentNo", paymentNo).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("payment"));
        Candidate c = Candidate.findById(o.candidateId);
        if (c == null || !c.name.equals(name.strip())) {
            throw ApiException.notFound("payment");
        }
        return new PaymentLookupView(o.feeItem, o.amountFen, "CNY", Masking.mask(c.name), o.status,
                ChinaTime.of(o.expiresAt), PaymentOrderStateMachine.isOpen(o.status) ? o.orderNo : null);
    }
}

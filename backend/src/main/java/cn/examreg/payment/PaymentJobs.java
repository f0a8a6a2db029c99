package cn.examreg.payment;

import cn.examreg.common.time.ChinaTime;
import cn.examreg.payment.DuplicateCharge.DetectedBy;
import cn.examreg.payment.channel.PaymentGateway;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Nothing lost: pending orders are queried at their gateway on a back-off schedule (a paid order whose notification
 * never came shows 已缴费 within about a minute), orders past expiry are closed at the gateway and here, and every
 * morning yesterday's statements are reconciled. Safe with several instances: each round claims its orders with
 * {@code SELECT … FOR UPDATE SKIP LOCKED} and pushes their next query time past a lease, so two instances never
 * take the same order; reconciliations are unique per channel and day.
 */
@ApplicationScoped
public class PaymentJobs {
    private static final Logger LOG = Logger.getLogger(PaymentJobs.class);

    @Inject
    PaymentConfig config;
    @Inject
    PaymentOrderService orders;
    @Inject
    ReconciliationService reconciliations;
    @Inject
    PaymentGateways gateways;
    @Inject
    IdempotencyKeys keys;

    /** Skips the scheduled runs where jobs are switched off ({@code examreg.payment-jobs.enabled=false}, in tests). */
    @Singleton
    public static class Disabled implements Scheduled.SkipPredicate {
        @ConfigProperty(name = "examreg.payment-jobs.enabled", defaultValue = "true")
        boolean enabled;

        @Override
        public boolean test(ScheduledExecution execution) {
            return !enabled;
        }
    }

    @Scheduled(identity = "payment-query", every = "${examreg.payment-jobs.query-every:5s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Disabled.class)
    void queryPending() {
        int claimed;
        do {
            claimed = pollOnce();
        } while (claimed == config.jobBatch());
    }

    /** One round: claims up to a batch of due open orders and settles each with its gateway; returns how many. */
    public int pollOnce() {
        List<String> due = claim();
        for (String orderNo : due) {
            try {
                orders.settle(orderNo, DetectedBy.QUERY);
            } catch (PaymentGateway.GatewayUnavailable e) {
                LOG.warnf("gateway unavailable for order %s, retried after the lease: %s", orderNo, e.getMessage());
            } catch (RuntimeException e) {
                LOG.errorf(e, "settling order %s failed; retried after the lease", orderNo);
            }
        }
        return due.size();
    }

    @SuppressWarnings("unchecked")
    List<String> claim() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Instant.now();
            List<String> due = Panache.getEntityManager().createNativeQuery(
                            "SELECT order_no FROM payment_order WHERE status IN ('CREATED', 'PAYING') "
                                    + "AND next_query_at <= ?1 ORDER BY next_query_at LIMIT " + config.jobBatch()
                                    + " FOR UPDATE SKIP LOCKED")
                    .setParameter(1, now).getResultList();
            if (!due.isEmpty()) {
                Panache.getEntityManager().createNativeQuery(
                                "UPDATE payment_order SET next_query_at = ?1, query_count = query_count + 1 "
                                        + "WHERE order_no IN (?2)")
                        .setParameter(1, now.plus(config.queryLease())).setParameter(2, due).executeUpdate();
            }
            return due;
        });
    }

    /** Yesterday's statement of every enabled channel, once the gateways have published it (after 09:00). */
    @Scheduled(identity = "payment-reconciliation", cron = "${examreg.payment-jobs.reconcile-cron:0 30 9 * * ?}",
            timeZone = "Asia/Shanghai", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Disabled.class)
    void reconcileYesterday() {
        for (PaymentGateway g : gateways.enabled()) {
            try {
                reconciliations.runScheduled(g.channel(), ChinaTime.today().minusDays(1));
            } catch (RuntimeException e) {
                LOG.errorf(e, "reconciliation of %s failed", g.channel());
            }
        }
    }

    @Scheduled(identity = "idempotency-purge", every = "1h", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Disabled.class)
    void purgeIdempotencyKeys() {
        keys.purgeOlderThan(Instant.now().minus(config.idempotencyRetention()));
    }
}

package cn.examreg.payment;

import cn.examreg.common.error.ApiException;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Idempotency keys of order creation, as Stripe does them: the first request of an account with a key is recorded
 * with the hash of its body in the transaction that creates the order; a concurrent request with the same key waits
 * on the row's unique index until the first commits, then replays its result; the same key with another body is
 * refused with 422. Keys are kept for {@code examreg.payment.idempotency-retention}.
 */
@ApplicationScoped
public class IdempotencyKeys {
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_\\-:.]{8,64}");

    /** The key header, checked: 8–64 characters of letters, digits and {@code _-:.}. */
    public static String check(String key) {
        if (key == null || key.isBlank()) {
            throw ApiException.invalid("Idempotency-Key", "REQUIRED");
        }
        if (!KEY.matcher(key).matches()) {
            throw ApiException.invalid("Idempotency-Key", "IDEMPOTENCY_KEY_FORMAT");
        }
        return key;
    }

    public static String hash(String canonicalBody) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonicalBody.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Claims the key in the current transaction with the number of the order this request will create (updated by
     * {@link #complete} when it returns another order); a duplicate raises a persistence exception (see {@link #isDuplicate}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void claim(String accountId, String key, String requestHash, String orderNo) {
        Panache.getEntityManager().createNativeQuery("INSERT INTO idempotency_key (account_id, idem_key, request_hash, "
                        + "order_no, created_at) VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, accountId).setParameter(2, key).setParameter(3, requestHash)
                .setParameter(4, orderNo).setParameter(5, Instant.now()).executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(String accountId, String key, String orderNo) {
        Panache.getEntityManager().createNativeQuery(
                        "UPDATE idempotency_key SET order_no = ?1 WHERE account_id = ?2 AND idem_key = ?3")
                .setParameter(1, orderNo).setParameter(2, accountId).setParameter(3, key).executeUpdate();
    }

    /** The order a finished request with this key created; 422 when the body differs. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String replay(String accountId, String key, String requestHash) {
        List<?> rows = Panache.getEntityManager().createNativeQuery(
                        "SELECT request_hash, order_no FROM idempotency_key WHERE account_id = ?1 AND idem_key = ?2")
                .setParameter(1, accountId).setParameter(2, key).getResultList();
        if (rows.isEmpty()) {
            throw new ApiException(409, "IDEMPOTENCY_KEY_IN_PROGRESS");
        }
        Object[] row = (Object[]) rows.get(0);
        if (!requestHash.equals(row[0])) {
            throw new ApiException(422, "IDEMPOTENCY_KEY_REUSED");
        }
        if (row[1] == null) {
            throw new ApiException(409, "IDEMPOTENCY_KEY_IN_PROGRESS");
        }
        return row[1].toString();
    }

    @Transactional
    public int purgeOlderThan(Instant limit) {
        return Panache.getEntityManager().createNativeQuery("DELETE FROM idempotency_key WHERE created_at < ?1")
                .setParameter(1, limit).executeUpdate();
    }

    /** Whether {@code e} (or a cause) is a unique-key violation. */
    public static boolean isDuplicate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && ("23000".equals(s.getSQLState()) || s.getErrorCode() == 1062)) {
                return true;
            }
            if (t instanceof org.hibernate.exception.ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}

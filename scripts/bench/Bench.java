import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Load generator of {@code make bench}, started by scripts/bench.sh against a freshly started API with its embedded
 * MariaDB. Two modes:
 * <ul>
 * <li>{@code mint <private-key.pem> <count> <file>}: RS256 access tokens for {@code count} new candidate accounts with
 * exactly the claims {@code TokenService} issues (iss, sub = account id, upn, groups [CANDIDATE], iat, exp, jti),
 * written as {@code accountId TAB username TAB token} lines (bench.sh runs it while the API starts);</li>
 * <li>no arguments: the benchmark, one run, side by side on the same machine and database:
 * <ol>
 * <li>seeds the minted accounts straight into the database with their candidates and APPROVED applications, spread
 * over every area where the SKILLS fee of this year's exam 110 is payable now through SANDBOX; checks one token on
 * {@code GET /api/v1/candidates/me};</li>
 * <li>warm-up with its own candidates (the measured ones stay untouched);</li>
 * <li>baselines: raw single-row INSERT + COMMIT transactions over JDBC into a scratch table of the same database, and
 * a trivial endpoint ({@code GET /q/health/live}), both at the same concurrency;</li>
 * <li>order creation: every measured candidate creates its SKILLS order once, all at once (closed loop: as fast as
 * the fixed number of in-flight requests allows); each answer must be 201 with status PAYING;</li>
 * <li>status polling: {@code GET /api/v1/payment-orders/{orderNo}} by the owner, for a fixed time;</li>
 * <li>the baselines again: the machine is shared, so ratios use the mean of before and after, and the spread shows
 * the drift.</li>
 * </ol></li>
 * </ul>
 * HTTP goes through a minimal blocking HTTP/1.1 keep-alive client (one connection per in-flight slot), which costs
 * the 2-core machine far less CPU than the JDK HttpClient; {@code -Dbench.client=jdk} uses the JDK's instead (for
 * cross-checks). Latency is taken per request, from writing it to having read the whole answer; percentiles are exact
 * (all samples sorted). CPU per phase comes from /proc (API, MariaDB, this generator, whole machine), database work
 * per request from MariaDB's global status counters.
 */
public class Bench {
    static String base;
    static String host;
    static int port;
    static String jdbcUrl;
    static int candidates;
    static int warmCandidates;
    static int concurrency;
    static int trivialSeconds;
    static int pollSeconds;
    static Path out;
    static int serverPid;
    static int dbPid;
    static long clkTck;
    static boolean jdkClient;

    static HttpClient jdk;
    static final StringBuilder report = new StringBuilder();

    public static void main(String[] args) throws Exception {
        if (args.length == 4 && args[0].equals("mint")) {
            mint(Path.of(args[1]), Integer.parseInt(args[2]), Path.of(args[3]),
                    prop("bench.issuer", "https://examreg.local"));
            return;
        }
        base = prop("bench.base", "http://127.0.0.1:18480");
        URI baseUri = URI.create(base);
        host = baseUri.getHost();
        port = baseUri.getPort();
        jdbcUrl = prop("bench.jdbc", null);
        candidates = Integer.parseInt(prop("bench.candidates", "10000"));
        warmCandidates = Integer.parseInt(prop("bench.warmup-candidates", "500"));
        concurrency = Integer.parseInt(prop("bench.concurrency", "32"));
        trivialSeconds = Integer.parseInt(prop("bench.trivial-seconds", "8"));
        pollSeconds = Integer.parseInt(prop("bench.poll-seconds", "15"));
        out = Path.of(prop("bench.out", "backend/target/bench/result.txt"));
        serverPid = Integer.parseInt(prop("bench.server-pid", "0"));
        dbPid = Integer.parseInt(prop("bench.db-pid", "0"));
        clkTck = Long.parseLong(prop("bench.clk-tck", "100"));
        jdkClient = "jdk".equals(prop("bench.client", "socket"));
        if (jdkClient) {
            jdk = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                    .build();
        }
        List<String[]> accounts = Files.readAllLines(Path.of(prop("bench.tokens", null))).stream()
                .map(l -> l.split("\t")).toList();
        if (accounts.size() < warmCandidates + candidates) {
            throw new IllegalStateException("only " + accounts.size() + " minted tokens");
        }

        String jdbc = jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?")
                + "rewriteBatchedStatements=true&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
                + "&characterEncoding=UTF-8&useSSL=false";
        try (Connection db = DriverManager.getConnection(jdbc, "root", "")) {
            Seed seed = seed(db, accounts);
            verifyToken(seed);

            line("bench: %,d measured + %,d warm-up candidates (APPROVED applications of exam %s in %d areas), "
                            + "%d requests in flight (%s client), API %s (pid %d), MariaDB pid %d, %d cores",
                    candidates, warmCandidates, seed.examCode, seed.areas.size(), concurrency,
                    jdkClient ? "JDK HttpClient" : "keep-alive socket", base, serverPid, dbPid,
                    Runtime.getRuntime().availableProcessors());
            line("API: %s", apiInfo());
            line("database: %s", dbInfo(db));
            line("load average before the phases: %s", loadavg());

            db.createStatement().execute("CREATE TABLE IF NOT EXISTS bench_scratch (id CHAR(36) NOT NULL PRIMARY KEY, "
                    + "order_no VARCHAR(32) NOT NULL, payload VARCHAR(200) NOT NULL, created_at DATETIME(6) NOT NULL, "
                    + "CONSTRAINT uk_bench_scratch_no UNIQUE (order_no)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4");

            String[] orderNos = new String[seed.accountIds.size()];
            Req live = new Req("GET", "/q/health/live", null, null, null);
            int w = warmCandidates;

            // ---- warm-up: every code path, its own candidates, not reported ----
            progress("warm-up ...");
            runHttp("warm-up trivial", db, 0, secs(3), i -> live, (i, r) -> r.status == 200);
            Phase warmCreate = runHttp("warm-up create", db, w, 0, i -> createRequest(seed, i),
                    (i, r) -> created(r, orderNos, i));
            int[] warmOrders = IntStream.range(0, w).filter(i -> orderNos[i] != null).toArray();
            if (warmOrders.length > 0) {
                runHttp("warm-up poll", db, 0, secs(5), i -> pollRequest(seed, orderNos, warmOrders[i % warmOrders.length]),
                        (i, r) -> polled(r, orderNos, warmOrders[i % warmOrders.length]));
            }
            runInserts("warm-up insert", db, jdbc, w, "w");
            runHttp("warm-up trivial", db, 0, secs(2), i -> live, (i, r) -> r.status == 200);

            // ---- measured phases ----
            List<Phase> phases = new ArrayList<>();
            progress("baselines ...");
            Phase raw1 = runInserts("raw INSERT+COMMIT (JDBC)", db, jdbc, candidates, "a");
            Phase trivial1 = runHttp("trivial GET /q/health/live", db, 0, secs(trivialSeconds), i -> live,
                    (i, r) -> r.status == 200);
            phases.add(raw1);
            phases.add(trivial1);
            progress("order creation: the window opens for " + candidates + " candidates ...");
            Phase create = runHttp("create POST /payment-orders", db, candidates, 0, i -> createRequest(seed, w + i),
                    (i, r) -> created(r, orderNos, w + i));
            phases.add(create);
            progress("status polling ...");
            int[] pollable = IntStream.range(w, orderNos.length).filter(i -> orderNos[i] != null).toArray();
            Phase poll = pollable.length == 0 ? null : runHttp("poll GET /payment-orders/{no}", db, 0, secs(pollSeconds),
                    i -> pollRequest(seed, orderNos, pollable[i % pollable.length]),
                    (i, r) -> polled(r, orderNos, pollable[i % pollable.length]));
            if (poll != null) {
                phases.add(poll);
            }
            progress("baselines again ...");
            Phase trivial2 = runHttp("trivial again", db, 0, secs(trivialSeconds), i -> live, (i, r) -> r.status == 200);
            Phase raw2 = runInserts("raw INSERT+COMMIT again", db, jdbc, candidates, "b");
            phases.add(trivial2);
            phases.add(raw2);

            long ordersInDb = count(db, "SELECT COUNT(*) FROM payment_order WHERE status IN ('PAYING','PAID')");
            long tradesInDb = count(db, "SELECT COUNT(*) FROM sandbox_trade");
            db.createStatement().execute("DROP TABLE IF EXISTS bench_scratch");

            line("");
            line("warm-up (not measured; a cold API and connection pool, as when a window opens right after a "
                    + "deployment): %,d orders at %.0f/s, p99 %.0f ms, max %.0f ms, %d errors%s", warmCreate.n(),
                    warmCreate.rate(), warmCreate.p(99), warmCreate.max(), warmCreate.errors.get(),
                    warmCreate.errorKinds.isEmpty() ? "" : " " + warmCreate.errorKinds);
            printTable(phases);
            double trivial = (trivial1.rate() + trivial2.rate()) / 2;
            double raw = (raw1.rate() + raw2.rate()) / 2;
            double trivialP99 = (trivial1.p(99) + trivial2.p(99)) / 2;
            double rawP99 = (raw1.p(99) + raw2.p(99)) / 2;
            line("");
            line("baselines = mean of before and after (drift: trivial %.0f -> %.0f/s, raw insert %.0f -> %.0f/s)",
                    trivial1.rate(), trivial2.rate(), raw1.rate(), raw2.rate());
            line("ratios (throughput):  creation/trivial %.3f   creation/raw-insert %.3f   polling/trivial %s",
                    create.rate() / trivial, create.rate() / raw,
                    poll == null ? "n/a" : String.format(Locale.ROOT, "%.3f", poll.rate() / trivial));
            line("ratios (p99 latency): creation/trivial %.1f   creation/raw-insert %.1f   polling/trivial %s",
                    create.p(99) / trivialP99, create.p(99) / rawP99,
                    poll == null ? "n/a" : String.format(Locale.ROOT, "%.1f", poll.p(99) / trivialP99));
            line("orders open or paid in the database: %,d (expected %,d); sandbox trades: %,d", ordersInDb,
                    warmCandidates + candidates, tradesInDb);
            line("");
            boolean errorsFree = phases.stream().allMatch(p -> p.errors.get() == 0);
            goal("order creation >= 500/s", create.rate() >= 500, "%.0f/s", create.rate());
            goal("status polling >= 2,000/s", poll != null && poll.rate() >= 2000, "%.0f/s",
                    poll == null ? 0 : poll.rate());
            goal("creation p99 < 100 ms", create.p(99) < 100, "%.1f ms", create.p(99));
            goal("polling p99 < 100 ms", poll != null && poll.p(99) < 100, "%.1f ms", poll == null ? 0 : poll.p(99));
            goal("zero errors", errorsFree, "%d errors", phases.stream().mapToLong(p -> p.errors.get()).sum());
            for (Phase p : phases) {
                p.errorKinds.forEach((k, v) -> line("  errors of %s: %,d x %s", p.name, v.get(), k));
            }
            line("load average after: %s", loadavg());
            strictFailure = !(create.rate() >= 500 && poll != null && poll.rate() >= 2000 && create.p(99) < 100
                    && poll.p(99) < 100 && errorsFree);
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report.toString());
        System.out.println("\nresult written to " + out);
        if (strictFailure && "1".equals(System.getenv("BENCH_STRICT"))) {
            System.out.println("BENCH_STRICT=1: a goal was missed");
            System.exit(2);
        }
    }

    static boolean strictFailure;

    // ---------------------------------------------------------------- tokens

    /** RS256 tokens with the claims TokenService issues, for {@code count} new account ids. */
    static void mint(Path privateKeyPem, int count, Path file, String issuer) throws Exception {
        long t0 = System.nanoTime();
        String pem = Files.readString(privateKeyPem);
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"typ\":\"JWT\",\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8));
        long iat = Instant.now().getEpochSecond();
        long exp = iat + 1800; // examreg.auth.token-lifetime = PT30M
        String[] lines = new String[count];
        IntStream.range(0, count).parallel().forEach(i -> {
            try {
                String accountId = UUID.randomUUID().toString();
                String username = String.format("bench%06d", i);
                String claims = "{\"iss\":\"" + issuer + "\",\"sub\":\"" + accountId + "\",\"upn\":\"" + username
                        + "\",\"groups\":[\"CANDIDATE\"],\"iat\":" + iat + ",\"exp\":" + exp + ",\"jti\":\""
                        + UUID.randomUUID() + "\"}";
                String signingInput = header + "." + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
                Signature s = Signature.getInstance("SHA256withRSA");
                s.initSign(key);
                s.update(signingInput.getBytes(StandardCharsets.US_ASCII));
                lines[i] = accountId + "\t" + username + "\t" + signingInput + "." + b64.encodeToString(s.sign());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Files.write(file, Arrays.asList(lines));
        System.out.printf("minted %,d RS256 access tokens in %d ms%n", count, (System.nanoTime() - t0) / 1_000_000);
    }

    // ---------------------------------------------------------------- seeding

    record Seed(String examCode, List<String> areas, List<String> accountIds, List<String> usernames,
                List<String> tokens, List<String> applicationIds) {
    }

    static Seed seed(Connection db, List<String[]> accounts) throws SQLException {
        long t0 = System.nanoTime();
        Instant now = Instant.now();
        String exam;
        try (PreparedStatement ps = db.prepareStatement("SELECT f.exam_code FROM fee_item f JOIN exam e ON e.code = "
                + "f.exam_code WHERE f.item = 'SKILLS' AND e.category_code = '110' AND f.pay_opens <= ? "
                + "AND f.pay_closes > ? AND f.channels LIKE '%SANDBOX%' ORDER BY e.year DESC LIMIT 1")) {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setTimestamp(2, Timestamp.from(now));
            ResultSet rs = ps.executeQuery();
            if (!rs.next()) {
                throw new IllegalStateException("no exam 110 with a SKILLS fee payable now (demo data missing?)");
            }
            exam = rs.getString(1);
        }
        List<String> areas = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT area_code FROM fee_item WHERE exam_code = ? "
                + "AND item = 'SKILLS' AND pay_opens <= ? AND pay_closes > ? AND channels LIKE '%SANDBOX%' "
                + "ORDER BY area_code")) {
            ps.setString(1, exam);
            ps.setTimestamp(2, Timestamp.from(now));
            ps.setTimestamp(3, Timestamp.from(now));
            ResultSet rs = ps.executeQuery();
            while (rs.next()) {
                areas.add(rs.getString(1));
            }
        }
        // one real bcrypt hash (cost 11, as in production) shared by all: the accounts can log in with Bench12345
        String hash = at.favre.lib.crypto.bcrypt.BCrypt.withDefaults().hashToString(11, "Bench12345".toCharArray());
        int total = warmCandidates + candidates;
        List<String> accountIds = new ArrayList<>(total);
        List<String> usernames = new ArrayList<>(total);
        List<String> tokens = new ArrayList<>(total);
        List<String> applicationIds = new ArrayList<>(total);
        db.setAutoCommit(false);
        Timestamp ts = Timestamp.from(now);
        Timestamp submitted = Timestamp.from(now.minus(Duration.ofDays(2)));
        Timestamp decided = Timestamp.from(now.minus(Duration.ofDays(1)));
        try (PreparedStatement acc = db.prepareStatement("INSERT INTO account (id, username, password_hash, kind, role,"
                + " must_change_password, enabled, failed_logins, version, created_at, updated_at) "
                + "VALUES (?, ?, ?, 'CANDIDATE', 'CANDIDATE', FALSE, TRUE, 0, 0, ?, ?)");
             PreparedStatement cand = db.prepareStatement("INSERT INTO candidate (id, account_id, name, region, "
                     + "document_type, document_number, sex, birth_date, mobile, identity_verified, home_area_code, "
                     + "version, created_at, updated_at) VALUES (?, ?, ?, 'MAINLAND', 'RESIDENT_ID', ?, ?, ?, ?, TRUE,"
                     + " ?, 0, ?, ?)");
             PreparedStatement app = db.prepareStatement("INSERT INTO application (id, number, candidate_id, "
                     + "exam_code, state, review_level, live_key, area_code, site_code, attempts, identity_verified, "
                     + "submitted_at, decided_at, version, created_at, updated_at) VALUES (?, ?, ?, ?, 'APPROVED', "
                     + "'NATIONAL', ?, ?, ?, 1, TRUE, ?, ?, 1, ?, ?)")) {
            for (int i = 0; i < total; i++) {
                String accountId = accounts.get(i)[0];
                String username = accounts.get(i)[1];
                String candidateId = UUID.randomUUID().toString();
                String applicationId = UUID.randomUUID().toString();
                String area = areas.get(i % areas.size());
                LocalDate birth = LocalDate.of(1980, 1, 1).plusDays(i / 900);
                String first17 = "430102" + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
                        + String.format("%03d", 100 + i % 900);
                acc.setString(1, accountId);
                acc.setString(2, username);
                acc.setString(3, hash);
                acc.setTimestamp(4, ts);
                acc.setTimestamp(5, ts);
                acc.addBatch();
                cand.setString(1, candidateId);
                cand.setString(2, accountId);
                cand.setString(3, "压测考生" + i);
                cand.setString(4, first17 + idCheck(first17));
                cand.setString(5, (first17.charAt(16) - '0') % 2 == 1 ? "MALE" : "FEMALE");
                cand.setObject(6, birth);
                cand.setString(7, String.format("139%08d", i));
                cand.setString(8, area);
                cand.setTimestamp(9, ts);
                cand.setTimestamp(10, ts);
                cand.addBatch();
                app.setString(1, applicationId);
                app.setString(2, exam + String.format("9%09d", i));
                app.setString(3, candidateId);
                app.setString(4, exam);
                app.setString(5, candidateId + ":" + exam);
                app.setString(6, area);
                app.setString(7, area + (i % 2 == 0 ? "01" : "02"));
                app.setTimestamp(8, submitted);
                app.setTimestamp(9, decided);
                app.setTimestamp(10, submitted);
                app.setTimestamp(11, decided);
                app.addBatch();
                accountIds.add(accountId);
                usernames.add(username);
                tokens.add(accounts.get(i)[2]);
                applicationIds.add(applicationId);
                if ((i + 1) % 1000 == 0 || i == total - 1) {
                    acc.executeBatch();
                    cand.executeBatch();
                    app.executeBatch();
                    db.commit();
                }
            }
        }
        db.setAutoCommit(true);
        db.createStatement().execute("ANALYZE TABLE account, candidate, application");
        progress(String.format("seeded %,d accounts, candidates and APPROVED applications of exam %s in %d areas in %d ms",
                total, exam, areas.size(), (System.nanoTime() - t0) / 1_000_000));
        return new Seed(exam, areas, accountIds, usernames, tokens, applicationIds);
    }

    /** GB 11643 check character of the first 17 digits of a resident ID number. */
    static char idCheck(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return "10X98765432".charAt(sum % 11);
    }

    static void verifyToken(Seed seed) throws Exception {
        int i = warmCandidates;
        Http http = new Http();
        Res r = http.send(new Req("GET", "/api/v1/candidates/me", seed.tokens.get(i), null, null));
        if (r.status != 200 || !r.body.contains("\"" + seed.usernames.get(i) + "\"")) {
            throw new IllegalStateException("minted token refused by GET /api/v1/candidates/me: " + r.status + " "
                    + r.body);
        }
        Res anonymous = http.send(new Req("GET", "/api/v1/candidates/me", null, null, null));
        if (anonymous.status != 401) {
            throw new IllegalStateException("GET /api/v1/candidates/me without a token answered " + anonymous.status);
        }
        http.close();
        progress("minted token accepted: GET /api/v1/candidates/me -> 200 for " + seed.usernames.get(i)
                + " (401 without a token)");
    }

    // ---------------------------------------------------------------- requests

    static Req createRequest(Seed seed, int i) {
        return new Req("POST", "/api/v1/payment-orders", seed.tokens.get(i), UUID.randomUUID().toString(),
                "{\"applicationId\":\"" + seed.applicationIds.get(i) + "\",\"feeItem\":\"SKILLS\"}");
    }

    static Req pollRequest(Seed seed, String[] orderNos, int i) {
        return new Req("GET", "/api/v1/payment-orders/" + orderNos[i], seed.tokens.get(i), null, null);
    }

    static final Pattern ORDER_NO = Pattern.compile("\"orderNo\"\\s*:\\s*\"([^\"]+)\"");

    static boolean created(Res r, String[] orderNos, int i) {
        if (r.status != 201 || !r.body.contains("\"status\":\"PAYING\"")) {
            return false;
        }
        Matcher m = ORDER_NO.matcher(r.body);
        if (!m.find()) {
            return false;
        }
        orderNos[i] = m.group(1);
        return true;
    }

    static boolean polled(Res r, String[] orderNos, int i) {
        return r.status == 200 && r.body.contains("\"" + orderNos[i] + "\"");
    }

    /** A request: method, path, bearer token, idempotency key and JSON body (each null when absent). */
    record Req(String method, String path, String token, String idempotencyKey, String body) {
    }

    record Res(int status, String body) {
    }

    /**
     * One keep-alive HTTP/1.1 connection used by one thread (or the JDK HttpClient with {@code -Dbench.client=jdk}):
     * writes the request in one go, reads status line, headers and a Content-Length or chunked body.
     */
    static final class Http implements AutoCloseable {
        private Socket socket;
        private InputStream in;
        private OutputStream out;

        Res send(Req req) throws IOException, InterruptedException {
            if (jdkClient) {
                HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + req.path))
                        .timeout(Duration.ofSeconds(30));
                if (req.token != null) {
                    b.header("Authorization", "Bearer " + req.token);
                }
                if (req.idempotencyKey != null) {
                    b.header("Idempotency-Key", req.idempotencyKey);
                }
                if (req.body != null) {
                    b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(req.body));
                }
                HttpResponse<String> r = jdk.send(b.build(), HttpResponse.BodyHandlers.ofString());
                return new Res(r.statusCode(), r.body());
            }
            if (socket == null) {
                socket = new Socket();
                socket.setTcpNoDelay(true);
                socket.setSoTimeout(30_000);
                socket.connect(new InetSocketAddress(host, port), 5_000);
                in = new BufferedInputStream(socket.getInputStream(), 16384);
                out = socket.getOutputStream();
            }
            try {
                out.write(bytes(req));
                out.flush();
                return read();
            } catch (IOException e) {
                close();
                throw e;
            }
        }

        private static byte[] bytes(Req req) {
            byte[] body = req.body == null ? null : req.body.getBytes(StandardCharsets.UTF_8);
            StringBuilder sb = new StringBuilder(1200);
            sb.append(req.method).append(' ').append(req.path).append(" HTTP/1.1\r\nHost: ").append(host).append(':')
                    .append(port).append("\r\nAccept: application/json\r\n");
            if (req.token != null) {
                sb.append("Authorization: Bearer ").append(req.token).append("\r\n");
            }
            if (req.idempotencyKey != null) {
                sb.append("Idempotency-Key: ").append(req.idempotencyKey).append("\r\n");
            }
            if (body != null) {
                sb.append("Content-Type: application/json\r\nContent-Length: ").append(body.length).append("\r\n");
            }
            sb.append("\r\n");
            byte[] head = sb.toString().getBytes(StandardCharsets.US_ASCII);
            if (body == null) {
                return head;
            }
            byte[] all = Arrays.copyOf(head, head.length + body.length);
            System.arraycopy(body, 0, all, head.length, body.length);
            return all;
        }

        private Res read() throws IOException {
            String statusLine = line();
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean closeAfter = false;
            for (String h = line(); !h.isEmpty(); h = line()) {
                int colon = h.indexOf(':');
                String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = h.substring(colon + 1).trim();
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                    case "connection" -> closeAfter = value.equalsIgnoreCase("close");
                    default -> {
                    }
                }
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream(length > 0 ? (int) length : 256);
            if (chunked) {
                for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
                     size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
                    body.write(in.readNBytes(size));
                    line();
                }
                while (!line().isEmpty()) {
                    // trailers
                }
            } else if (length >= 0) {
                byte[] b = in.readNBytes((int) length);
                if (b.length < length) {
                    throw new EOFException("body cut short");
                }
                body.write(b);
            } else {
                body.write(in.readAllBytes());
                closeAfter = true;
            }
            if (closeAfter) {
                close();
            }
            return new Res(status, body.toString(StandardCharsets.UTF_8));
        }

        private String line() throws IOException {
            StringBuilder sb = new StringBuilder(64);
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new EOFException("connection closed");
                }
                if (c != '\r') {
                    sb.append((char) c);
                }
            }
            return sb.toString();
        }

        @Override
        public void close() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException e) {
                    // gone anyway
                }
            }
            socket = null;
        }
    }

    // ---------------------------------------------------------------- phases

    interface Check {
        boolean ok(int i, Res r);
    }

    static long secs(int s) {
        return TimeUnit.SECONDS.toNanos(s);
    }

    /**
     * Closed loop: {@code concurrency} threads, each with its own keep-alive connection, one request in flight each;
     * stops after {@code count} requests (0: no limit) or when the duration is over.
     */
    static Phase runHttp(String name, Connection db, int count, long durationNanos, IntFunction<Req> request,
                         Check check) throws Exception {
        int capacity = count > 0 ? count
                : (int) Math.min(5_000_000, TimeUnit.NANOSECONDS.toSeconds(durationNanos) * 40_000);
        Phase p = new Phase(name, capacity);
        AtomicInteger next = new AtomicInteger();
        List<Http> connections = new ArrayList<>();
        for (int c = 0; c < concurrency; c++) {
            connections.add(new Http());
        }
        Snapshot before = Snapshot.take(db);
        long start = System.nanoTime();
        long deadline = durationNanos > 0 ? start + durationNanos : Long.MAX_VALUE;
        List<Thread> threads = new ArrayList<>();
        for (Http http : connections) {
            Thread t = new Thread(() -> {
                int k;
                while ((k = next.getAndIncrement()) < capacity && System.nanoTime() < deadline) {
                    Req req = request.apply(k);
                    long t0 = System.nanoTime();
                    try {
                        Res r = http.send(req);
                        long took = System.nanoTime() - t0;
                        boolean ok;
                        try {
                            ok = check.ok(k, r);
                        } catch (RuntimeException e) {
                            ok = false;
                        }
                        p.record(took, ok, ok ? null : "HTTP " + r.status + " " + abbreviate(r.body));
                    } catch (Exception e) {
                        p.record(System.nanoTime() - t0, false, e.getClass().getSimpleName() + ": " + e.getMessage());
                    }
                }
                http.close();
            }, "bench-http");
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        long elapsed = System.nanoTime() - start;
        p.finish(elapsed, Snapshot.take(db).minus(before));
        progress(String.format("  %-30s %,8d req in %6.1f s = %,8.0f/s  p99 %7.1f ms  errors %d", name, p.n(),
                elapsed / 1e9, p.rate(), p.p(99), p.errors.get()));
        p.errorKinds.forEach((k, v) -> progress(String.format("      %,d x %s", v.get(), k)));
        return p;
    }

    /** {@code count} single-row INSERT + COMMIT transactions, {@code concurrency} connections in parallel. */
    static Phase runInserts(String name, Connection db, String jdbc, int count, String prefix) throws Exception {
        Phase p = new Phase(name, count);
        List<Connection> connections = new ArrayList<>();
        for (int c = 0; c < concurrency; c++) {
            Connection conn = DriverManager.getConnection(jdbc, "root", "");
            conn.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            conn.setAutoCommit(false);
            connections.add(conn);
        }
        AtomicInteger next = new AtomicInteger();
        Snapshot before = Snapshot.take(db);
        long start = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (Connection conn : connections) {
            Thread t = new Thread(() -> {
                try (PreparedStatement ps = conn.prepareStatement(
                        "INSERT INTO bench_scratch (id, order_no, payload, created_at) VALUES (?, ?, ?, ?)")) {
                    int k;
                    while ((k = next.getAndIncrement()) < count) {
                        long t0 = System.nanoTime();
                        try {
                            ps.setString(1, UUID.randomUUID().toString());
                            ps.setString(2, prefix + "EX" + String.format("%020d", k));
                            ps.setString(3, base + "/sandbox/pay/" + k);
                            ps.setTimestamp(4, Timestamp.from(Instant.now()));
                            ps.executeUpdate();
                            conn.commit();
                            p.record(System.nanoTime() - t0, true, null);
                        } catch (SQLException e) {
                            p.record(System.nanoTime() - t0, false, e.getMessage());
                            conn.rollback();
                        }
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }, "bench-insert");
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        long elapsed = System.nanoTime() - start;
        p.finish(elapsed, Snapshot.take(db).minus(before));
        for (Connection conn : connections) {
            conn.close();
        }
        progress(String.format("  %-30s %,8d tx  in %6.1f s = %,8.0f/s  p99 %7.1f ms  errors %d", name, p.n(),
                elapsed / 1e9, p.rate(), p.p(99), p.errors.get()));
        return p;
    }

    static final class Phase {
        final String name;
        final long[] latencies;
        final AtomicInteger size = new AtomicInteger();
        final AtomicLong errors = new AtomicLong();
        final Map<String, AtomicInteger> errorKinds = new ConcurrentHashMap<>();
        long elapsedNanos;
        Snapshot usage;
        long[] sorted;

        Phase(String name, int capacity) {
            this.name = name;
            this.latencies = new long[capacity];
        }

        void record(long nanos, boolean ok, String error) {
            int i = size.getAndIncrement();
            if (i < latencies.length) {
                latencies[i] = nanos;
            }
            if (!ok) {
                errors.incrementAndGet();
                String kind = error == null ? "?" : error;
                if (errorKinds.size() < 10 || errorKinds.containsKey(kind)) {
                    errorKinds.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
                }
            }
        }

        void finish(long elapsed, Snapshot usage) {
            this.elapsedNanos = elapsed;
            this.usage = usage;
            this.sorted = Arrays.copyOf(latencies, Math.min(size.get(), latencies.length));
            Arrays.sort(sorted);
        }

        int n() {
            return sorted.length;
        }

        double rate() {
            return n() / (elapsedNanos / 1e9);
        }

        /** Exact percentile (nearest rank), in ms. */
        double p(double pct) {
            if (sorted.length == 0) {
                return 0;
            }
            int rank = (int) Math.ceil(pct / 100.0 * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
        }

        double max() {
            return sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6;
        }
    }

    // ---------------------------------------------------------------- CPU and database counters

    static final String[] COUNTERS = {"Questions", "Com_select", "Com_insert", "Com_update", "Com_delete",
        "Com_set_option", "Com_commit", "Com_rollback", "Innodb_data_fsyncs", "Innodb_row_lock_waits",
        "Threads_connected"};

    record Snapshot(long serverTicks, long dbTicks, long selfTicks, long machineBusy, long machineTotal,
                    Map<String, Long> counters, Map<String, Long> serverThreads) {
        static Snapshot take(Connection db) throws SQLException {
            long[] machine = machineTicks();
            Map<String, Long> counters = new LinkedHashMap<>();
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SHOW GLOBAL STATUS WHERE "
                    + "Variable_name IN ('" + String.join("','", COUNTERS) + "')")) {
                while (rs.next()) {
                    counters.put(rs.getString(1), rs.getLong(2));
                }
            }
            return new Snapshot(procTicks(serverPid), procTicks(dbPid), procTicks(-1), machine[0], machine[1], counters,
                    threadTicks(serverPid));
        }

        Snapshot minus(Snapshot b) {
            Map<String, Long> d = new LinkedHashMap<>();
            counters.forEach((k, v) -> d.put(k, k.equals("Threads_connected") ? v : v - b.counters.getOrDefault(k, 0L)));
            Map<String, Long> t = new LinkedHashMap<>();
            serverThreads.forEach((k, v) -> t.put(k, v - b.serverThreads.getOrDefault(k, 0L)));
            return new Snapshot(serverTicks - b.serverTicks, dbTicks - b.dbTicks, selfTicks - b.selfTicks,
                    machineBusy - b.machineBusy, machineTotal - b.machineTotal, d, t);
        }
    }

    /** utime + stime of a process (-1: this one) in clock ticks; 0 when unknown. */
    static long procTicks(int pid) {
        if (pid == 0) {
            return 0;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + (pid < 0 ? "self" : Integer.toString(pid)) + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** CPU ticks of a process's threads, grouped by thread name without digits (executor-thread-, C2 CompilerThre...). */
    static Map<String, Long> threadTicks(int pid) {
        Map<String, Long> groups = new LinkedHashMap<>();
        if (pid <= 0) {
            return groups;
        }
        try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[0-9]+", "#");
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    groups.merge(name, Long.parseLong(f[11]) + Long.parseLong(f[12]), Long::sum);
                } catch (IOException | RuntimeException e) {
                    // thread ended meanwhile
                }
            }
        } catch (IOException e) {
            return groups;
        }
        return groups;
    }

    /** Busy and total ticks of the whole machine (all cores) from /proc/stat. */
    static long[] machineTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < Math.min(f.length, 9); i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            return new long[] {total - idle, total};
        } catch (IOException e) {
            return new long[] {0, 0};
        }
    }

    static String loadavg() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String apiInfo() {
        String pool = System.getenv("DB_POOL_SIZE");
        String jobs = System.getenv("PAYMENT_JOBS_ENABLED");
        String opts = System.getenv("BENCH_JAVA_OPTS");
        return "DB_POOL_SIZE=" + (pool == null ? "30 (default)" : pool) + ", PAYMENT_JOBS_ENABLED="
                + (jobs == null ? "true (default)" : jobs) + ", JVM options: "
                + (opts == null || opts.isBlank() ? "none" : opts);
    }

    static String dbInfo(Connection db) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT VERSION(), "
                + "@@innodb_flush_log_at_trx_commit, @@innodb_buffer_pool_size, @@max_connections")) {
            rs.next();
            return rs.getString(1) + ", innodb_flush_log_at_trx_commit=" + rs.getString(2) + ", buffer pool "
                    + (rs.getLong(3) >> 20) + " MB, max_connections " + rs.getString(4);
        }
    }

    static long count(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    // ---------------------------------------------------------------- output

    static void printTable(List<Phase> phases) {
        line("");
        line("%-30s %9s %7s %9s %8s %8s %8s %8s %7s", "phase", "requests", "secs", "req/s", "p50 ms", "p95 ms",
                "p99 ms", "max ms", "errors");
        line("-".repeat(103));
        for (Phase p : phases) {
            line("%-30s %,9d %7.1f %,9.0f %8.2f %8.2f %8.2f %8.1f %7d", p.name, p.n(), p.elapsedNanos / 1e9, p.rate(),
                    p.p(50), p.p(95), p.p(99), p.max(), p.errors.get());
        }
        line("");
        line("where the time went: CPU ms per request (/proc), cores used by everything else on the machine during the"
                + " phase (others), database statements per request (SHOW GLOBAL STATUS: stmts = all statements the "
                + "server received, set = SET statements, e.g. autocommit/isolation resets):");
        line("%-30s %6s %7s %7s %6s %7s %5s %6s %6s %6s %5s %6s %5s %5s", "phase", "API", "MariaDB", "loadgen", "others",
                "ceiling", "stmts", "select", "insert", "update", "set", "commit", "fsync", "lockw");
        line("-".repeat(103));
        double tick = 1000.0 / clkTck;
        int cores = Runtime.getRuntime().availableProcessors();
        for (Phase p : phases) {
            Snapshot u = p.usage;
            double n = Math.max(1, p.n());
            Map<String, Long> c = u.counters;
            double wallTicks = (double) u.machineTotal / cores;
            double others = wallTicks <= 0 ? 0
                    : (u.machineBusy - u.serverTicks - u.dbTicks - u.selfTicks) / wallTicks;
            double cpuMs = (u.serverTicks + u.dbTicks + u.selfTicks) * tick / n;
            line("%-30s %6.3f %7.3f %7.3f %6.2f %7.0f %5.1f %6.2f %6.2f %6.2f %5.2f %6.2f %5.2f %5.2f", p.name,
                    u.serverTicks * tick / n, u.dbTicks * tick / n, u.selfTicks * tick / n, Math.max(0, others),
                    cpuMs <= 0 ? 0 : cores * 1000 / cpuMs, c.getOrDefault("Questions", 0L) / n, c.getOrDefault("Com_select", 0L) / n,
                    c.getOrDefault("Com_insert", 0L) / n, c.getOrDefault("Com_update", 0L) / n,
                    c.getOrDefault("Com_set_option", 0L) / n, c.getOrDefault("Com_commit", 0L) / n,
                    c.getOrDefault("Innodb_data_fsyncs", 0L) / n, c.getOrDefault("Innodb_row_lock_waits", 0L) / n);
        }
        line("(others = cores of %d busy with processes other than the API, its MariaDB and this generator; ceiling = "
                + "requests/s the machine's %d cores could carry at this CPU cost per request (API + MariaDB + "
                + "generator) if nothing else ran; the statement counts include 2 status queries of the bench per "
                + "phase)", cores, cores);
        line("");
        line("API CPU by thread group, ms per request (threads named in /proc; # = any number):");
        for (Phase p : phases) {
            double n = Math.max(1, p.n());
            StringBuilder sb = new StringBuilder();
            p.usage.serverThreads.entrySet().stream().filter(e -> e.getValue() > 0)
                    .sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(6)
                    .forEach(e -> sb.append(String.format(Locale.ROOT, "  %s %.3f", e.getKey(), e.getValue() * tick / n)));
            line("%-30s%s", p.name, sb);
        }
    }

    static void goal(String what, boolean met, String fmt, Object value) {
        line("goal %-28s %-6s measured %s", what, met ? "MET" : "MISSED", String.format(Locale.ROOT, fmt, value));
    }

    static void line(String fmt, Object... args) {
        String s = String.format(Locale.ROOT, fmt, args);
        System.out.println(s);
        report.append(s).append('\n');
    }

    static void progress(String s) {
        System.out.println(s);
        System.out.flush();
    }

    static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        Matcher m = Pattern.compile("\"code\"\\s*:\\s*\"([^\"]+)\"").matcher(s);
        if (m.find()) {
            return m.group(1);
        }
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }

    static String prop(String name, String fallback) {
        String v = System.getProperty(name);
        if (v == null || v.isBlank()) {
            if (fallback == null) {
                throw new IllegalArgumentException("-D" + name + " is required");
            }
            return fallback;
        }
        return v;
    }
}

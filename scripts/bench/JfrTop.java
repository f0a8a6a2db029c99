import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the API's CPU went during {@code BENCH_JFR=1 make bench}: reads the flight recording and, for the execution
 * samples whose stack passes through a given method (e.g. {@code PaymentOrderResource.create}), prints the share of
 * samples per method as leaf ("self") and anywhere on the stack ("total"), plus a coarse split by package.
 *
 * <p>{@code java scripts/bench/JfrTop.java backend/target/bench/api.jfr PaymentOrderResource.create [rows]}
 */
public class JfrTop {
    public static void main(String[] args) throws Exception {
        String filter = args.length > 1 ? args[1] : "";
        int rows = args.length > 2 ? Integer.parseInt(args[2]) : 25;
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> total = new HashMap<>();
        Map<String, Integer> area = new HashMap<>();
        int samples = 0;
        int all = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample")) {
                continue;
            }
            all++;
            RecordedStackTrace st = e.getStackTrace();
            if (st == null) {
                continue;
            }
            List<RecordedFrame> frames = st.getFrames();
            boolean match = filter.isEmpty();
            for (RecordedFrame f : frames) {
                if (!match && name(f).contains(filter)) {
                    match = true;
                }
            }
            if (!match || frames.isEmpty()) {
                continue;
            }
            samples++;
            self.merge(name(frames.get(0)), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame f : frames) {
                if (seen.add(name(f))) {
                    total.merge(name(f), 1, Integer::sum);
                }
            }
            area.merge(classify(frames), 1, Integer::sum);
        }
        System.out.printf("%d of %d execution samples pass through '%s'%n", samples, all, filter);
        print("self (leaf frame)", self, samples, rows);
        print("total (anywhere on the stack)", total, samples, rows);
        print("by what the leaf belongs to (first recognised frame from the top)", area, samples, rows);
    }

    static String name(RecordedFrame f) {
        String type = f.getMethod().getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + f.getMethod().getName() + " ("
                + type.substring(0, Math.max(0, type.lastIndexOf('.'))) + ")";
    }

    static final String[][] AREAS = {
        {"com.mysql", "JDBC driver (MySQL Connector/J)"},
        {"io.agroal", "connection pool (Agroal)"},
        {"com.arjuna", "transactions (Narayana)"},
        {"io.quarkus.narayana", "transactions (Narayana)"},
        {"org.hibernate", "Hibernate ORM"},
        {"com.fasterxml.jackson", "JSON (Jackson)"},
        {"io.smallrye.jwt", "JWT verification"},
        {"org.jose4j", "JWT verification"},
        {"sun.security", "crypto (JDK)"},
        {"java.security", "crypto (JDK)"},
        {"io.vertx", "HTTP (Vert.x)"},
        {"io.netty", "HTTP (Netty)"},
        {"org.jboss.resteasy", "REST (RESTEasy Reactive)"},
        {"io.quarkus.arc", "CDI (ArC)"},
        {"org.jboss.logmanager", "logging"},
        {"org.jboss.logging", "logging"},
        {"cn.examreg", "application code"},
    };

    static String classify(List<RecordedFrame> frames) {
        for (RecordedFrame f : frames) {
            String type = f.getMethod().getType().getName();
            for (String[] a : AREAS) {
                if (type.startsWith(a[0])) {
                    return a[1];
                }
            }
        }
        return "JDK / other";
    }

    static void print(String title, Map<String, Integer> counts, int samples, int rows) {
        System.out.println();
        System.out.println(title + ":");
        counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(rows)
                .forEach(e -> System.out.printf("  %5.1f%%  %s%n", 100.0 * e.getValue() / Math.max(1, samples), e.getKey()));
    }
}

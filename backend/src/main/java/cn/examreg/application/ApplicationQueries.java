package cn.examreg.application;

import cn.examreg.application.ApplicationDtos.ApplicationPage;
import cn.examreg.application.ApplicationDtos.ApplicationSummary;
import cn.examreg.application.ApplicationStateMachine.Level;
import cn.examreg.application.ApplicationStateMachine.State;
import cn.examreg.candidate.Candidate;
import cn.examreg.common.audit.Masking;
import cn.examreg.common.error.ApiException;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Lists of applications: a candidate's own, and operators' review queues with filters, paging, sorting and export. */
@ApplicationScoped
public class ApplicationQueries {
    static final int EXPORT_LIMIT = 50_000;

    @Inject
    ApplicationScope scope;

    /** Filters of a queue; null means no filter. */
    public record Filter(String examCode, String areaCode, String siteCode, State state, Level reviewLevel,
                         String q, String sort) {
    }

    public ApplicationPage page(Filter f, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = where(f, params);
        long total = query("select count(a) from Application a, Candidate c where " + where, Long.class, params)
                .getSingleResult();
        List<Object[]> rows = query("select a, c from Application a, Candidate c where " + where + order(f.sort()),
                Object[].class, params).setFirstResult(page * size).setMaxResults(size).getResultList();
        boolean mask = !scope.isCandidate();
        return new ApplicationPage(rows.stream().map(r -> summary((Application) r[0], (Candidate) r[1], mask)).toList(),
                page, size, total);
    }

    /** Writes the filtered list as CSV (UTF-8 with BOM so spreadsheet programs read the Chinese). */
    public void exportCsv(Filter f, OutputStream out) throws IOException {
        Map<String, Object> params = new HashMap<>();
        String where = where(f, params);
        List<Object[]> rows = query("select a, c from Application a, Candidate c where " + where + order(f.sort()),
                Object[].class, params).setMaxResults(EXPORT_LIMIT).getResultList();
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader("报名号 number",
                "考试 exam", "姓名 name", "证件类型 documentType", "证件号码 documentNumber", "考区 area", "考点 site",
                "状态 state", "审核级别 reviewLevel", "提交时间 submittedAt").get())) {
            for (Object[] r : rows) {
                Application a = (Application) r[0];
                Candidate c = (Candidate) r[1];
                csv.printRecord(a.number, a.examCode, c.name, c.documentType, c.documentNumber, a.areaCode, a.siteCode,
                        a.state, a.reviewLevel, a.submittedAt);
            }
        }
    }

    private String where(Filter f, Map<String, Object> params) {
        StringBuilder where = new StringBuilder("c.id = a.candidateId and ").append(scope.queueCondition(params));
        add(where, params, "a.examCode", "examCode", f.examCode());
        add(where, params, "a.areaCode", "areaCode", f.areaCode());
        add(where, params, "a.siteCode", "siteCode", f.siteCode());
        if (f.state() != null) {
            where.append(" and a.state = :state");
            params.put("state", f.state());
        }
        if (f.reviewLevel() != null) {
            where.append(" and a.reviewLevel = :reviewLevel");
            params.put("reviewLevel", f.reviewLevel());
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" and (c.name = :q or c.documentNumber = :qUpper or a.number = :q)");
            params.put("q", f.q().trim());
            params.put("qUpper", f.q().trim().toUpperCase(java.util.Locale.ROOT));
        }
        return where.toString();
    }

    private static void add(StringBuilder where, Map<String, Object> params, String column, String name, String value) {
        if (value != null && !value.isBlank()) {
            where.append(" and ").append(column).append(" = :").append(name);
            params.put(name, value.trim());
        }
    }

    private static String order(String sort) {
        return switch (sort == null ? "-submittedAt" : sort) {
            case "submittedAt" -> " order by a.submittedAt asc, a.id";
            case "-submittedAt" -> " order by a.submittedAt desc, a.id";
            case "number" -> " order by a.number asc";
            case "-number" -> " order by a.number desc";
            case "name" -> " order by c.name asc, a.id";
            case "-updatedAt" -> " order by a.updatedAt desc, a.id";
            default -> throw ApiException.invalid("sort", "SORT_UNKNOWN");
        };
    }

    private static <T> TypedQuery<T> query(String jpql, Class<T> type, Map<String, Object> params) {
        TypedQuery<T> q = Panache.getEntityManager().createQuery(jpql, type);
        params.forEach(q::setParameter);
        return q;
    }

    private static ApplicationSummary summary(Application a, Candidate c, boolean mask) {
        return new ApplicationSummary(a.id, a.number, a.examCode, a.state, a.reviewLevel, a.areaCode, a.siteCode,
                c.name, mask ? Masking.mask(c.documentNumber) : c.documentNumber, a.submittedAt, a.updatedAt);
    }
}

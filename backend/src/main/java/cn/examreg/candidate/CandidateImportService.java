package cn.examreg.candidate;

import cn.examreg.account.Account;
import cn.examreg.candidate.ImportDtos.ImportReport;
import cn.examreg.candidate.ImportDtos.ImportRequest;
import cn.examreg.candidate.ImportDtos.ImportResult;
import cn.examreg.candidate.ImportDtos.ImportRow;
import cn.examreg.candidate.rules.ContactRules;
import cn.examreg.candidate.rules.DocumentType;
import cn.examreg.candidate.rules.PasswordPolicy;
import cn.examreg.candidate.rules.Region;
import cn.examreg.candidate.rules.Sex;
import cn.examreg.candidate.rules.Usernames;
import cn.examreg.common.audit.AuditLog;
import cn.examreg.common.error.ApiException;
import cn.examreg.common.error.Violation;
import cn.examreg.common.error.Violations;
import cn.examreg.common.i18n.Messages;
import cn.examreg.common.security.CurrentUser;
import cn.examreg.common.security.PasswordHasher;
import cn.examreg.common.security.Roles;
import cn.examreg.common.time.ChinaTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Bulk creation of candidate accounts by an exam area (the Hunan way): the login name is the document number,
 * the password an initial one that must be changed at first login. Each row commits or fails on its own.
 */
@ApplicationScoped
public class CandidateImportService {
    public static final String CSV_HEADER = "name,region,documentType,documentNumber,sex,birthDate,mobile,initialPassword";

    @Inject
    CurrentUser currentUser;
    @Inject
    RowImporter rowImporter;

    public ImportReport importRows(ImportRequest request, Locale locale) {
        String area = areaFor(request.areaCode());
        List<ImportResult> results = new ArrayList<>();
        int created = 0;
        for (int i = 0; i < request.rows().size(); i++) {
            ImportRow row = request.rows().get(i);
            String password = row.initialPassword() != null && !row.initialPassword().isBlank()
                    ? row.initialPassword() : request.initialPassword();
            ImportResult result;
            try {
                String username = rowImporter.importRow(row, password, area);
                result = new ImportResult(i + 1, "CREATED", username, null);
                created++;
            } catch (ApiException e) {
                String status = e.status() == 409 ? "DUPLICATE" : "INVALID";
                result = new ImportResult(i + 1, status, null, localise(e, locale));
            }
            results.add(result);
        }
        return new ImportReport(created, results.size() - created, results);
    }

    /** Parses the CSV form (header {@value #CSV_HEADER}) into the JSON form; unparseable cells become row errors. */
    public ImportReport importCsv(String csv, String areaCode, Locale locale) {
        List<ImportRow> rows = new ArrayList<>();
        List<ImportResult> early = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get().parse(new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv))) {
            for (CSVRecord record : parser) {
                Violations v = new Violations();
                Map<String, String> cells = record.toMap();
                ImportRow row = new ImportRow(cells.get("name"),
                        enumCell(v, "region", cells.get("region"), Region.class),
                        enumCell(v, "documentType", cells.get("documentType"), DocumentType.class),
                        cells.get("documentNumber"),
                        enumCell(v, "sex", cells.get("sex"), Sex.class),
                        dateCell(v, "birthDate", cells.get("birthDate")),
                        cells.get("mobile"), cells.get("initialPassword"));
                rows.add(row);
                try {
                    v.throwIfAny();
                    early.add(null);
                } catch (ApiException e) {
                    early.add(new ImportResult(rows.size(), "INVALID", null, localise(e, locale)));
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw ApiException.invalid("csv", "CSV_FORMAT");
        }
        if (rows.size() > 5000) {
            throw ApiException.invalid("csv", "SIZE", 1, 5000);
        }
        List<ImportRow> valid = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (early.get(i) == null) {
                valid.add(rows.get(i));
            }
        }
        ImportReport imported = importRows(new ImportRequest(null, areaCode, valid), locale);
        List<ImportResult> merged = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (early.get(i) != null) {
                merged.add(early.get(i));
            } else {
                ImportResult r = imported.results().get(next++);
                merged.add(new ImportResult(i + 1, r.status(), r.username(), r.violations()));
            }
        }
        int created = (int) merged.stream().filter(r -> r.status().equals("CREATED")).count();
        return new ImportReport(created, merged.size() - created, merged);
    }

    private String areaFor(String requested) {
        if (Roles.AREA.equals(currentUser.role())) {
            String own = currentUser.areaCode();
            if (requested != null && !requested.isBlank() && !requested.equals(own)) {
                throw new ApiException(403, "FORBIDDEN", List.of(new ApiException.FieldError("areaCode", "SCOPE_NOT_ALLOWED")));
            }
            return own;
        }
        return requested == null || requested.isBlank() ? null : requested.trim();
    }

    private static List<Violation> localise(ApiException e, Locale locale) {
        if (e.violations().isEmpty()) {
            return List.of(new Violation("", e.code(), Messages.problem(locale, e.code() + ".detail", e.args())));
        }
        return e.violations().stream()
                .map(f -> new Violation(f.field(), f.rule(), Messages.rule(locale, f.rule(), f.args())))
                .toList();
    }

    private static <E extends Enum<E>> E enumCell(Violations v, String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            v.check(field, "INVALID_TYPE");
            return null;
        }
    }

    private static LocalDate dateCell(Violations v, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            v.check(field, "INVALID_TYPE");
            return null;
        }
    }

    /** Imports one row in its own transaction, so one bad row does not undo the others. */
    @ApplicationScoped
    public static class RowImporter {
        @Inject
        PasswordHasher hasher;
        @Inject
        AuditLog audit;
        @Inject
        CandidateService candidates;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public String importRow(ImportRow r, String initialPassword, String areaCode) {
            Violations v = new Violations();
            v.require("name", r.name()).require("region", r.region()).require("documentType", r.documentType())
                    .require("documentNumber", r.documentNumber()).require("initialPassword", initialPassword);
            IdentityRules.Checked id = IdentityRules.check(v, r.region(), r.documentType(), r.documentNumber(),
                    r.name(), r.sex(), r.birthDate(), ChinaTime.today());
            String username = id.documentNumber() == null ? null : Usernames.normalize(id.documentNumber());
            if (initialPassword != null && !initialPassword.isBlank()) {
                v.check("initialPassword", PasswordPolicy.check(initialPassword, username));
            }
            if (r.mobile() != null && !r.mobile().isBlank() && r.region() != null) {
                v.check("mobile", ContactRules.mobile(r.region(), r.mobile().trim()));
            }
            v.throwIfAny();
            if (Candidate.byDocument(r.documentType(), id.documentNumber()).isPresent()
                    || Account.byUsername(username).isPresent()) {
                throw CandidateService.documentTaken();
            }
            Account account = new Account();
            account.username = username;
            account.passwordHash = hasher.hash(initialPassword);
            account.kind = Account.CANDIDATE;
            account.role = Roles.CANDIDATE;
            account.mustChangePassword = true;
            Candidate c = new Candidate();
            c.accountId = account.id;
            c.name = id.name();
            c.region = r.region();
            c.documentType = r.documentType();
            c.documentNumber = id.documentNumber();
            c.sex = id.sex();
            c.birthDate = id.birthDate();
            c.mobile = r.mobile() == null || r.mobile().isBlank() ? null : r.mobile().trim();
            c.homeAreaCode = areaCode;
            candidates.persistUnique(account, c);
            audit.record("CANDIDATE_IMPORTED", "candidate", c.id, null, c.basicSnapshot(), "bulk import");
            return username;
        }
    }
}

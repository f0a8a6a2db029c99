package cn.examreg.candidate;

import cn.examreg.candidate.rules.DocumentType;
import cn.examreg.candidate.rules.Region;
import cn.examreg.candidate.rules.Sex;
import cn.examreg.common.error.Violation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the bulk account import. */
public final class ImportDtos {
    private ImportDtos() {
    }

    @Schema(description = "One candidate to create; the login name is the document number")
    public record ImportRow(
            @Schema(required = true, examples = "李四") @Size(max = 28) String name,
            @Schema(required = true, examples = "MAINLAND") Region region,
            @Schema(required = true, examples = "RESIDENT_ID") DocumentType documentType,
            @Schema(required = true, examples = "430102199205061237") @Size(max = 32) String documentNumber,
            @Schema(description = "Required unless the document is a resident ID", examples = "MALE") Sex sex,
            @Schema(description = "Required unless the document is a resident ID", examples = "1992-05-06") LocalDate birthDate,
            @Schema(examples = "13900139000") @Size(max = 16) String mobile,
            @Schema(description = "Overrides the batch's initial password for this row", examples = "Init2026pass")
            @Size(max = 64) String initialPassword) {
    }

    @Schema(description = "A batch of candidate accounts (JSON form; the same columns can be sent as text/csv)")
    public record ImportRequest(
            @Schema(description = "Initial password for every row without its own: 8–64 letters and digits",
                    examples = "Init2026pass") @Size(max = 64) String initialPassword,
            @Schema(description = "Exam area the accounts belong to; an area operator's own area is used when omitted",
                    examples = "43") @Size(max = 16) String areaCode,
            @Schema(required = true) @NotNull @Size(max = 5000) List<@Valid ImportRow> rows) {
    }

    @Schema(description = "What happened to one row")
    public record ImportResult(
            @Schema(required = true, description = "1-based row number", examples = "1") int row,
            @Schema(required = true, enumeration = {"CREATED", "DUPLICATE", "INVALID"}, examples = "CREATED") String status,
            @Schema(description = "Login name of the created account", examples = "430102199205061237") String username,
            @Schema(description = "Why the row was not imported") List<Violation> violations) {
    }

    @Schema(description = "Outcome of a batch: each row is created or refused on its own")
    public record ImportReport(
            @Schema(required = true, examples = "2") int created,
            @Schema(required = true, examples = "1") int failed,
            @Schema(required = true) List<ImportResult> results) {
    }
}

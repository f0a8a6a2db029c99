package cn.examreg.catalogue;

import cn.examreg.catalogue.ExamAreaWindow.SkillsPayableFrom;
import cn.examreg.catalogue.ExamCategory.Discipline;
import cn.examreg.catalogue.ExamCategory.Level;
import cn.examreg.catalogue.FeeItem.Channel;
import cn.examreg.catalogue.FeeItem.Item;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Request and response bodies of the catalogue. Times are ISO-8601 with an offset: responses always in China
 * time (+08:00); requests in any offset, stored as UTC instants to the second. Money is integer fen (CNY).
 */
public final class CatalogueDtos {
    private CatalogueDtos() {
    }

    @Schema(description = "An exam category and level (报考类别) with its national numeric code")
    public record CategoryView(
            @Schema(required = true, description = "Numeric code: 1xx practising, 2xx assistant", examples = "110")
            String code,
            @Schema(required = true, examples = "临床执业医师") String nameZh,
            @Schema(required = true, examples = "Clinical practising physician") String nameEn,
            @Schema(required = true, description = "执业医师 (PRACTISING) or 执业助理医师 (ASSISTANT)",
                    examples = "PRACTISING") Level level,
            @Schema(required = true, examples = "CLINICAL") Discipline discipline) {
        static CategoryView of(ExamCategory c) {
            return new CategoryView(c.code, c.nameZh, c.nameEn, c.level, c.discipline);
        }
    }

    @Schema(description = "An exam area (考区): a province-level region or the Xinjiang Production and Construction Corps")
    public record AreaView(
            @Schema(required = true, description = "GB/T 2260 two-digit code (66: the Corps)", examples = "43")
            String code,
            @Schema(required = true, examples = "湖南省") String nameZh,
            @Schema(required = true, examples = "Hunan") String nameEn) {
        static AreaView of(ExamArea a) {
            return new AreaView(a.code, a.nameZh, a.nameEn);
        }
    }

    @Schema(description = "An exam of a year for one category")
    public record ExamSummary(
            @Schema(required = true, description = "Year followed by the category code", examples = "2026110")
            String code,
            @Schema(required = true, examples = "2026") int year,
            @Schema(required = true) CategoryView category) {
    }

    @Schema(description = "A time window: open from `opens` (inclusive) until `closes` (exclusive), China time")
    public record TimeWindow(
            @Schema(required = true, examples = "2026-01-10T09:00:00+08:00") OffsetDateTime opens,
            @Schema(required = true, examples = "2026-01-24T17:00:00+08:00") OffsetDateTime closes) {
    }

    @Schema(description = "A fee of an exam in an area: amount, payment window and channels")
    public record FeeView(
            @Schema(required = true, description = "技能考试费 (SKILLS) or 综合笔试费 (WRITTEN)", examples = "SKILLS")
            Item item,
            @Schema(required = true, description = "Amount in fen (分); 28900 is ¥289.00", examples = "28900")
            long amountFen,
            @Schema(required = true, examples = "CNY") String currency,
            @Schema(required = true, description = "Payable from (inclusive), China time",
                    examples = "2026-03-01T00:00:00+08:00") OffsetDateTime payOpens,
            @Schema(required = true, description = "Payable until (exclusive), China time; no late payment",
                    examples = "2026-03-15T23:59:59+08:00") OffsetDateTime payCloses,
            @Schema(required = true, description = "Channels offered") List<Channel> channels,
            @Schema(required = true, description = "Whether the payment window is open now") boolean payableNow,
            @Schema(required = true, description = "From which application state the fee may be paid",
                    examples = "SUBMITTED") FeeItem.PayableAfter payableAfter,
            @Schema(required = true, description = "Send back when changing the fee", examples = "0") int version) {
    }

    @Schema(description = "The schedule of an exam in one area: registration and review windows and the fees")
    public record AreaSchedule(
            @Schema(required = true) AreaView area,
            @Schema(description = "Registration window (absent until configured)") TimeWindow registration,
            @Schema(description = "Qualification review window (absent until configured)") TimeWindow review,
            @Schema(required = true, description = "Whether registration is open now in this area")
            boolean registrationOpen,
            @Schema(description = "The application state from which the skills fee can be paid",
                    examples = "SITE_APPROVED") SkillsPayableFrom skillsPayableFrom,
            @Schema(description = "Version of the windows; send back when changing them (absent until configured)",
                    examples = "0") Integer version,
            @Schema(required = true, description = "Fee items of this area") List<FeeView> fees) {
    }

    @Schema(description = "An exam with its schedule in each area that has one")
    public record ExamDetail(
            @Schema(required = true, examples = "2026110") String code,
            @Schema(required = true, examples = "2026") int year,
            @Schema(required = true) CategoryView category,
            @Schema(required = true, description = "One entry per configured area, by area code")
            List<AreaSchedule> areas) {
    }

    @Schema(description = "An exam site (考点) of an area")
    public record SiteView(
            @Schema(required = true, description = "Starts with the area code", examples = "4301") String code,
            @Schema(required = true, examples = "43") String areaCode,
            @Schema(required = true, examples = "长沙市考点") String name,
            @Schema(examples = "长沙市开福区湘雅路 1 号") String address,
            @Schema(required = true, description = "Whether only candidates of the listed probation institutions "
                    + "may choose this site") boolean restricted,
            @Schema(description = "For a restricted site: the probation institutions (试用机构) it accepts")
            List<String> institutions,
            @Schema(required = true, description = "Send back when changing the site", examples = "0") int version) {
    }

    @Schema(description = "A new exam of a year for a category; its code is year + category code")
    public record ExamCreate(
            @Schema(required = true, minimum = "2000", maximum = "2999", examples = "2026") @NotNull Integer year,
            @Schema(required = true, examples = "110") @NotBlank @Size(max = 8) String categoryCode) {
    }

    @Schema(description = "A new exam site of an area")
    public record SiteCreate(
            @Schema(required = true, description = "4–16 letters or digits starting with the area code",
                    examples = "4301") @NotBlank @Size(max = 16) String code,
            @Schema(required = true, examples = "长沙市考点") @NotBlank @Size(max = 100) String name,
            @Schema(examples = "长沙市开福区湘雅路 1 号") @Size(max = 200) String address,
            @Schema(description = "Only candidates of the listed probation institutions may choose it (default false)")
            Boolean restricted,
            @Schema(description = "Probation institutions (试用机构) accepted by a restricted site")
            @Size(max = 500) List<@NotBlank @Size(max = 100) String> institutions) {
    }

    @Schema(description = "The changed site; send the version you read")
    public record SiteUpdate(
            @Schema(required = true, examples = "长沙市考点") @NotBlank @Size(max = 100) String name,
            @Schema(examples = "长沙市开福区湘雅路 1 号") @Size(max = 200) String address,
            @Schema(required = true) @NotNull Boolean restricted,
            @Schema(required = true, examples = "0") @NotNull Integer version) {
    }

    @Schema(description = "The complete new list of probation institutions of a site; send the site's version")
    public record InstitutionsUpdate(
            @Schema(required = true, examples = "[\"中南大学湘雅医院\", \"中南大学湘雅二医院\"]")
            @NotNull @Size(max = 500) List<@NotBlank @Size(max = 100) String> institutions,
            @Schema(required = true, examples = "0") @NotNull Integer version) {
    }

    @Schema(description = "The registration and review windows of an exam in an area; times with an offset, "
            + "e.g. 2026-01-10T09:00:00+08:00. Send the version you read when they exist already.")
    public record WindowInput(
            @Schema(required = true, examples = "2026-01-10T09:00:00+08:00") @NotNull OffsetDateTime registrationOpens,
            @Schema(required = true, examples = "2026-01-24T17:00:00+08:00") @NotNull OffsetDateTime registrationCloses,
            @Schema(required = true, description = "Not before registration opens",
                    examples = "2026-01-10T09:00:00+08:00") @NotNull OffsetDateTime reviewOpens,
            @Schema(required = true, description = "Not before registration closes",
                    examples = "2026-02-28T17:00:00+08:00") @NotNull OffsetDateTime reviewCloses,
            @Schema(description = "From which application state the skills fee can be paid (default SITE_APPROVED)")
            SkillsPayableFrom skillsPayableFrom,
            @Schema(description = "Required when the windows exist already", examples = "0") Integer version) {
    }

    @Schema(description = "A fee item of an exam in an area. Send the version you read when it exists already.")
    public record FeeInput(
            @Schema(required = true, description = "Amount in fen (分), a whole number from 1 to 1000000",
                    examples = "28900") @NotNull @JsonDeserialize(using = FenDeserializer.class) Long amountFen,
            @Schema(required = true, examples = "2026-03-01T00:00:00+08:00") @NotNull OffsetDateTime payOpens,
            @Schema(required = true, examples = "2026-03-15T23:59:59+08:00") @NotNull OffsetDateTime payCloses,
            @Schema(required = true, description = "Channels offered, at least one",
                    examples = "[\"WECHAT_NATIVE\", \"PAY_BY_NUMBER\"]") @NotEmpty List<@NotNull Channel> channels,
            @Schema(description = "From which application state the fee may be paid (default SUBMITTED)",
                    examples = "SITE_APPROVED") FeeItem.PayableAfter payableAfter,
            @Schema(description = "Required when the fee exists already", examples = "0") Integer version) {
    }
}

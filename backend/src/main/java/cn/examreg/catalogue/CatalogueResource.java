package cn.examreg.catalogue;

import cn.examreg.catalogue.CatalogueDtos.AreaView;
import cn.examreg.catalogue.CatalogueDtos.CategoryView;
import cn.examreg.catalogue.CatalogueDtos.ExamDetail;
import cn.examreg.catalogue.CatalogueDtos.ExamSummary;
import cn.examreg.catalogue.CatalogueDtos.SiteView;
import cn.examreg.catalogue.ExamCategory.Discipline;
import cn.examreg.catalogue.ExamCategory.Level;
import cn.examreg.common.error.ApiException;
import cn.examreg.common.error.Violations;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public catalogue: anyone (no login) reads categories, exams with their windows and fees, areas and sites. */
@Path("/api/v1")
@Tag(name = "Catalogue", description = "Exam categories, exams with their registration, review and payment windows "
        + "per area, exam areas and sites (public, no login)")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class CatalogueResource {
    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2999;

    @Inject
    CatalogueService catalogue;
    @Inject
    CatalogueViews views;

    @GET
    @Path("/exam-categories")
    @Operation(summary = "Exam categories", description = "Every category and level with its national numeric code "
            + "(1xx practising physician, 2xx assistant physician; 260 village general assistant physician), in the "
            + "national order.")
    @APIResponse(responseCode = "200", description = "The categories")
    public List<CategoryView> categories() {
        return catalogue.categories().stream().map(CategoryView::of).toList();
    }

    @GET
    @Path("/exams")
    @Operation(summary = "Exams", description = "Exams of each year and category, newest year first, filtered by "
            + "any combination of category code, level, discipline and year (the first step of the application "
            + "wizard).")
    @APIResponse(responseCode = "200", description = "The matching exams (possibly none)")
    public List<ExamSummary> exams(
            @Parameter(description = "Category code", example = "110") @QueryParam("category") String category,
            @Parameter(description = "Level", schema = @Schema(implementation = Level.class))
            @QueryParam("level") String level,
            @Parameter(description = "Discipline", schema = @Schema(implementation = Discipline.class))
            @QueryParam("discipline") String discipline,
            @Parameter(description = "Exam year", example = "2026", schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "2000", maximum = "2999")) @QueryParam("year") String year) {
        Violations v = new Violations();
        Level lv = parse(v, "level", level, Level.class);
        Discipline dc = parse(v, "discipline", discipline, Discipline.class);
        Integer y = year(v, "year", year);
        v.throwIfAny();
        return catalogue.exams(blankToNull(category), lv, dc, y).stream().map(views::summary).toList();
    }

    @GET
    @Path("/exams/{code}")
    @Operation(summary = "An exam with its windows and fees per area", description = "For each area that has "
            + "configured the exam: the registration window, the qualification review window, whether registration "
            + "is open now (`registrationOpen`), and the fee items with amount in fen, payment window and channels. "
            + "Times are China time (+08:00); a window is open from `opens` (inclusive) until `closes` (exclusive).")
    @APIResponse(responseCode = "200", description = "The exam")
    @APIResponse(responseCode = "404", description = "No such exam")
    public ExamDetail exam(
            @Parameter(description = "Exam code: year + category code", example = "2026110") @PathParam("code") String code,
            @Parameter(description = "Only this exam area", example = "43") @QueryParam("area") String area) {
        Exam exam = catalogue.exam(code).orElseThrow(() -> ApiException.notFound("exam " + code));
        return views.detail(exam, blankToNull(area), Instant.now());
    }

    @GET
    @Path("/exam-areas")
    @Operation(summary = "Exam areas", description = "The 31 province-level areas and the Xinjiang Production and "
            + "Construction Corps, by GB/T 2260 code.")
    @APIResponse(responseCode = "200", description = "The areas")
    public List<AreaView> areas() {
        return catalogue.areas().stream().map(AreaView::of).toList();
    }

    @GET
    @Path("/exam-areas/{code}/sites")
    @Operation(summary = "Exam sites of an area", description = "The sites candidates can choose. A `restricted` "
            + "site accepts only candidates whose probation institution (试用机构) is in its `institutions`.")
    @APIResponse(responseCode = "200", description = "The sites, by code")
    @APIResponse(responseCode = "404", description = "No such area")
    public List<SiteView> sites(@Parameter(description = "Area code", example = "43") @PathParam("code") String code) {
        catalogue.area(code).orElseThrow(() -> ApiException.notFound("exam area " + code));
        return catalogue.sites(code).stream().map(views::site).toList();
    }

    static <E extends Enum<E>> E parse(Violations v, String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            v.check(field, "ONE_OF", Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", ")));
            return null;
        }
    }

    static Integer year(Violations v, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.matches("\\d{4}")) {
            int year = Integer.parseInt(trimmed);
            if (year >= MIN_YEAR && year <= MAX_YEAR) {
                return year;
            }
        }
        v.check(field, "YEAR_RANGE", String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR));
        return null;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

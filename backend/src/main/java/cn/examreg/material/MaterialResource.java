package cn.examreg.material;

import cn.examreg.common.error.Violations;
import cn.examreg.common.i18n.Messages;
import cn.examreg.common.security.Roles;
import cn.examreg.material.MaterialDtos.MaterialReview;
import cn.examreg.material.MaterialDtos.MaterialView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One material: its bytes and its review. */
@Path("/api/v1/materials")
@Tag(name = "Materials")
@Produces(MediaType.APPLICATION_JSON)
public class MaterialResource {
    private static final String MATERIAL_ID = "Material id";

    @Inject
    MaterialService materials;
    @Inject
    Validator validator;
    @Context
    HttpHeaders headers;

    @GET
    @Path("/{id}/content")
    @Produces({"image/jpeg", "image/png", "application/pdf"})
    @RolesAllowed({Roles.CANDIDATE, Roles.REGISTRATION_POINT, Roles.SITE, Roles.AREA, Roles.NATIONAL})
    @Operation(summary = "Download a material", description = "The stored bytes (metadata removed) with their content "
            + "type, as an attachment named after the sanitised file name, never cached (personal data). The owner and "
            + "operators in scope only; earlier revisions too.")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = "No such material in my scope")
    public Response content(@Parameter(description = MATERIAL_ID) @PathParam("id") String id) {
        MaterialService.Download download = materials.content(id);
        Material m = download.material();
        StreamingOutput body = out -> {
            try (InputStream in = download.open()) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, m.contentType)
                .header("Content-Length", m.sizeBytes)
                .header("Content-Disposition", disposition(m.fileName))
                .header("Cache-Control", "no-store, max-age=0")
                .header("Pragma", "no-cache")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .build();
    }

    /** RFC 6266: an ASCII fallback and the UTF-8 name. */
    static String disposition(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_").replace("\\", "_");
        String utf8 = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8;
    }

    @POST
    @Path("/{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REGISTRATION_POINT, Roles.SITE, Roles.AREA, Roles.NATIONAL})
    @Operation(summary = "Accept or reject a material", description = "By an operator in the application's scope while "
            + "it is under review, on the slot's current file. A rejection needs a reason, which the candidate sees in "
            + "the checklist; the candidate can then replace the file (also during the registration point's and the "
            + "site's review).")
    @APIResponse(responseCode = "200", description = "The material after the decision")
    @APIResponse(responseCode = "404", description = "No such material in my scope")
    @APIResponse(responseCode = "409", description = "The file was replaced meanwhile (MATERIAL_REPLACED) or the "
            + "application is not under review (MATERIAL_NOT_REVIEWABLE)")
    public MaterialView review(@Parameter(description = MATERIAL_ID) @PathParam("id") String id, MaterialReview request) {
        Violations.validate(validator, request);
        return materials.review(id, request, Messages.of(headers));
    }
}

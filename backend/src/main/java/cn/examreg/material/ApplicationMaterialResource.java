package cn.examreg.material;

import cn.examreg.common.i18n.Messages;
import cn.examreg.common.security.Roles;
import cn.examreg.material.MaterialDtos.Checklist;
import cn.examreg.material.MaterialDtos.MaterialView;
import cn.examreg.material.MaterialDtos.UploadForm;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The materials of one application: upload (multipart), every revision, and the checklist. */
@Path("/api/v1/applications/{id}/materials")
@Tag(name = "Materials", description = "Material uploads checked by their content, the checklist of each application, "
        + "review by operators in scope, and downloads")
@Produces(MediaType.APPLICATION_JSON)
public class ApplicationMaterialResource {
    private static final String APPLICATION_ID = "Application id";

    @Inject
    MaterialService materials;
    @Inject
    ChecklistService checklists;
    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(summary = "Upload a material", description = "multipart/form-data with `type`, `file` and, for the "
            + "types that need them, `entryId` (the education entry of a graduation certificate or education proof) and "
            + "`verificationCode` (MoE registration record), sent with its Content-Length. The format is decided from the bytes (JPEG, PNG, PDF), "
            + "never from the name or the declared type, and the image must decode; the type's size, format and "
            + "dimension rules apply (photo: JPEG, at most 40 KB, portrait passport-photo dimensions). Metadata (EXIF, "
            + "XMP, comments, PDF document information) are removed before the file is stored; the SHA-256 of the "
            + "stored bytes is recorded. Uploading to a slot again keeps the earlier file as history. Allowed while the "
            + "application is a draft or returned for correction, and for missing or rejected materials while the "
            + "registration point or site reviews it; frozen after the site review.")
    @APIResponse(responseCode = "201", description = "Stored: the new current revision of the slot",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MaterialView.class)))
    @APIResponse(responseCode = "404", description = "No such application of mine")
    @APIResponse(responseCode = "409", description = "Materials are frozen in the application's state (MATERIALS_FROZEN) "
            + "or the slot's file is being reviewed or was accepted (MATERIAL_IN_REVIEW)")
    @APIResponse(responseCode = "413", description = "The file exceeds its type's limit (MATERIAL_TOO_LARGE) or the "
            + "request exceeds the upload limit (UPLOAD_TOO_LARGE); refused before the body is read when its length is declared")
    @APIResponse(responseCode = "411", description = "The upload does not declare its length (LENGTH_REQUIRED): "
            + "send Content-Length, as browsers do")
    @APIResponse(responseCode = "415", description = "Not multipart/form-data")
    public Response upload(@Parameter(description = APPLICATION_ID) @PathParam("id") String id,
                           @BeanParam UploadForm form) {
        FileUpload file = form.file;
        MaterialService.UploadRequest request = new MaterialService.UploadRequest(form.type, form.entryId,
                form.verificationCode, file == null ? null : file.uploadedFile(), file == null ? null : file.fileName());
        MaterialView view = materials.upload(id, request, Messages.of(headers));
        return Response.status(201).entity(view).build();
    }

    @GET
    @RolesAllowed({Roles.CANDIDATE, Roles.REGISTRATION_POINT, Roles.SITE, Roles.AREA, Roles.NATIONAL})
    @Operation(summary = "Materials of an application", description = "Every revision of every slot, current ones "
            + "flagged, newest first within a slot. Candidates read their own; operators those in scope.")
    @APIResponse(responseCode = "200", description = "The materials")
    @APIResponse(responseCode = "404", description = "No such application in my scope")
    public List<MaterialView> list(@Parameter(description = APPLICATION_ID) @PathParam("id") String id) {
        return materials.list(id);
    }

    @GET
    @Path("/checklist")
    @RolesAllowed({Roles.CANDIDATE, Roles.REGISTRATION_POINT, Roles.SITE, Roles.AREA, Roles.NATIONAL})
    @Operation(summary = "Material checklist (检查材料)", description = "The materials this application needs, derived "
            + "from its data (photo for everyone; per chosen education its graduation certificate and education proof; "
            + "current-year graduate → pledge; 中专 → 执业 or an assistant certificate chosen → assistant-physician "
            + "certificates; military → unit approval; Hong Kong, Macao, Taiwan or foreign → internship form; the "
            + "types the exam area requires), with optional ones, and where each stands: missing, pending review, "
            + "accepted, or rejected with the reason. Submitting is refused while a required one is missing or rejected.")
    @APIResponse(responseCode = "200", description = "The checklist")
    @APIResponse(responseCode = "404", description = "No such application in my scope")
    public Checklist checklist(@Parameter(description = APPLICATION_ID) @PathParam("id") String id) {
        return checklists.checklist(id, Messages.of(headers));
    }
}

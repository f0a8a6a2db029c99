package cn.examreg.candidate;

import cn.examreg.candidate.ProfileDtos.CertificateEntry;
import cn.examreg.candidate.ProfileDtos.CertificateInput;
import cn.examreg.candidate.ProfileDtos.EducationEntry;
import cn.examreg.candidate.ProfileDtos.EducationInput;
import cn.examreg.candidate.ProfileDtos.IdentityPreview;
import cn.examreg.candidate.ProfileDtos.IdentityPreviewRequest;
import cn.examreg.candidate.ProfileDtos.Profile;
import cn.examreg.candidate.ProfileDtos.ProfileUpdate;
import cn.examreg.candidate.ProfileDtos.RegistrationRequest;
import cn.examreg.candidate.ProfileDtos.TrainingEntry;
import cn.examreg.candidate.ProfileDtos.TrainingInput;
import cn.examreg.common.error.Violations;
import cn.examreg.common.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/candidates")
@Tag(name = "Candidates", description = "Registration and the candidate's own profile")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CandidateResource {
    private static final String ENTRY_ID = "Entry id (UUID)";

    @Inject
    CandidateService candidates;
    @Inject
    ProfileEntryService entries;
    @Inject
    Validator validator;

    @POST
    @PermitAll
    @Operation(summary = "Register a candidate account", description = "Creates the account and the basic information, "
            + "which cannot change afterwards (only an operator can correct it). One account per identity document. "
            + "For a resident ID, sex and birth date are derived from the number (GB 11643 check character verified); "
            + "the candidate must be 18–75 years old.")
    @APIResponse(responseCode = "201", description = "Registered; the new profile",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Profile.class)))
    @APIResponse(responseCode = "409", description = "Document already registered (DOCUMENT_ALREADY_REGISTERED) or "
            + "username taken (USERNAME_TAKEN)")
    public Response register(RegistrationRequest request) {
        Profile profile = candidates.register(request, Violations.of(validator, request));
        return Response.status(201).entity(profile).build();
    }

    @POST
    @Path("/identity-preview")
    @PermitAll
    @Operation(summary = "Check a document number", description = "Validates the number for its type and region and, "
            + "for a resident ID, returns the sex, birth date and age it encodes. Stores nothing; used by the "
            + "registration form to show the derived data as the candidate types.")
    @APIResponse(responseCode = "200", description = "The number is valid")
    public IdentityPreview preview(IdentityPreviewRequest request) {
        Violations.validate(validator, request);
        return candidates.preview(request);
    }

    @GET
    @Path("/me")
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(summary = "My profile", description = "Basic information, contact, work, education, training and "
            + "certificates of the logged-in candidate.")
    @APIResponse(responseCode = "200", description = "The profile")
    public Profile me() {
        return candidates.me();
    }

    @PUT
    @Path("/me")
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(summary = "Update my contact details and work", description = "Basic information is not accepted here. "
            + "Send the `version` you read; a stale one is refused with 409 VERSION_CONFLICT.")
    @APIResponse(responseCode = "200", description = "The updated profile")
    @APIResponse(responseCode = "409", description = "Changed meanwhile (VERSION_CONFLICT)")
    public Profile updateMe(ProfileUpdate update) {
        return candidates.updateMe(update, Violations.of(validator, update));
    }

    @GET
    @Path("/me/educations")
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(summary = "My education history")
    @APIResponse(responseCode = "200", description = "Entries, oldest first")
    public List<EducationEntry> educations() {
        return entries.educations(candidates.mine().id);
    }

    @POST
    @Path("/me/educations")
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(summary = "Add an education entry", description = "School, major, graduation month and the 18-digit "
            + "graduation certificate number are required except for master-apprentice and no-degree candidates "
            + "(and the number for postgraduates).")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EducationEntry.class)))
    public Response addEducation(EducationInput input) {
        Violations.validate(validator, input);
        return Response.status(201).entity(entries.saveEducation(null, input)).build();
    }

    @PUT
    @Path("/me/educations/{id}")
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(summary = "Change an education entry", description = "Refused while an application uses it (409 "
            + "ENTRY_LOCKED); a change clears the verified mark.")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "404", description = "No such entry of mine")
    @APIResponse(responseCode = "409", description = "Locked (ENTRY_LOCKED) or changed meanwhile (VERSION_CONFLICT)")
    public EducationEntry updateEducation(@Parameter(description = ENTRY_ID) @PathParam("id") String id,
                                          EducationInput input) {
        Violations.validate(validator, input);
        return entries.saveEducation(id, input);
    }

    @DELETE
    @Path("/me/educations/{id}")
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(summary = "Delete an education entry", description = "Refused while an application uses it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such entry of mine")
    @APIResponse(responseCode = "409", description = "Locked (ENTRY_LOCKED)")
    public void deleteEducation(@Parameter(description = ENTRY_ID) @PathParam("id") String id) {
        entries.delete(Education.class, id, "education");
    }

    @GET
    @Path("/me/trainings")
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(summary = "My training history")
    @APIResponse(responseCode = "200", description = "Entries, oldest first")
    public List<TrainingEntry> trainings() {
        return entries.trainings(candidates.mine().id);
    }

    @POST
    @Path("/me/trainings")
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(summary = "Add a training entry")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TrainingEntry.class)))
    public Response addTraining(TrainingInput input) {
        Violations.validate(validator, input);
        return Response.status(201).entity(entries.saveTraining(null, input)).build();
    }

    @PUT
    @Path("/me/trainings/{id}")
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(summary = "Change a training entry", description = "Refused while an application uses it.")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "404", description = "No such entry of mine")
    @APIResponse(responseCode = "409", description = "Locked (ENTRY_LOCKED) or changed meanwhile (VERSION_CONFLICT)")
    public TrainingEntry updateTraining(@Parameter(description = ENTRY_ID) @PathParam("id") String id,
                                        TrainingInput input) {
        Violations.validate(validator, input);
        return entries.saveTraining(id, input);
    }

    @DELETE
    @Path("/me/trainings/{id}")
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(summary = "Delete a training entry", description = "Refused while an application uses it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such entry of mine")
    @APIResponse(responseCode = "409", description = "Locked (ENTRY_LOCKED)")
    public void deleteTraining(@Parameter(description = ENTRY_ID) @PathParam("id") String id) {
        entries.delete(Training.class, id, "training");
    }

    @GET
    @Path("/me/certificates")
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(summary = "My certificates")
    @APIResponse(responseCode = "200", description = "Entries")
    public List<CertificateEntry> certificates() {
        return entries.certificates(candidates.mine().id);
    }

    @POST
    @Path("/me/certificates")
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(summary = "Add a certificate", description = "E.g. the assistant-physician qualification that a "
            + "secondary-school (中专) candidate needs for a practising-physician exam.")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CertificateEntry.class)))
    public Response addCertificate(CertificateInput input) {
        Violations.validate(validator, input);
        return Response.status(201).entity(entries.saveCertificate(null, input)).build();
    }

    @PUT
    @Path("/me/certificates/{id}")
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(summary = "Change a certificate", description = "Refused while an application uses it.")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "404", description = "No such entry of mine")
    @APIResponse(responseCode = "409", description = "Locked (ENTRY_LOCKED) or changed meanwhile (VERSION_CONFLICT)")
    public CertificateEntry updateCertificate(@Parameter(description = ENTRY_ID) @PathParam("id") String id,
                                              CertificateInput input) {
        Violations.validate(validator, input);
        return entries.saveCertificate(id, input);
    }

    @DELETE
    @Path("/me/certificates/{id}")
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(summary = "Delete a certificate", description = "Refused while an application uses it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such entry of mine")
    @APIResponse(responseCode = "409", description = "Locked (ENTRY_LOCKED)")
    public void deleteCertificate(@Parameter(description = ENTRY_ID) @PathParam("id") String id) {
        entries.delete(Certificate.class, id, "certificate");
    }
}

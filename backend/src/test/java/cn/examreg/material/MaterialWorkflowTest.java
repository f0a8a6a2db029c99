package cn.examreg.material;

import static cn.examreg.application.ApplicationFixtures.candidate;
import static cn.examreg.material.MaterialFixtures.upload;
import static cn.examreg.support.Api.adminToken;
import static cn.examreg.support.Api.operator;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.examreg.application.Application;
import cn.examreg.application.ApplicationFixtures;
import cn.examreg.application.ApplicationStateMachine.State;
import cn.examreg.material.storage.FileSystemMaterialStore;
import cn.examreg.material.storage.MaterialStore;
import cn.examreg.support.Api;
import io.quarkus.arc.ClientProxy;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** Review, replacement with history, freezing, scope, downloads, concurrency and all-or-nothing storage. */
@QuarkusTest
class MaterialWorkflowTest {
    @Inject
    MaterialJanitor janitor;
    @Inject
    MaterialStore store;

    private static Map<String, Object> decision(String decision, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("decision", decision);
        body.put("reason", reason);
        return body;
    }

    private static io.restassured.response.Response review(String token, String materialId, String decision, String reason) {
        return given().auth().oauth2(token).contentType("application/json").body(decision(decision, reason))
                .post("/api/v1/materials/" + materialId + "/review");
    }

    private static String currentId(String token, String applicationId, String slot) {
        List<Map<String, Object>> items = given().auth().oauth2(token)
                .get("/api/v1/applications/" + applicationId + "/materials").then().statusCode(200).extract().path("$");
        return items.stream().filter(m -> slot.equals(m.get("slot")) && Boolean.TRUE.equals(m.get("current")))
                .map(m -> (String) m.get("id")).findFirst().orElseThrow();
    }

    private static Path storageRoot() {
        return Path.of(ConfigProvider.getConfig().getValue("examreg.materials.root", String.class));
    }

    @Test
    void aRejectedMaterialIsReplacedAndTheEarlierFileStaysInTheHistory() {
        ApplicationFixtures f = ApplicationFixtures.exam("110", true);
        String token = candidate();
        String id = f.submitted(token);
        String point = operator("REGISTRATION_POINT", f.area, f.site, "P1");
        String photo = currentId(point, id, "PHOTO");
        review(point, photo, "REJECT", null).then().statusCode(400).body("violations.field", hasItem("reason"));
        review(point, photo, "REJECT", "照片背景不是白色").then().statusCode(200)
                .body("status", equalTo("REJECTED")).body("reviewReason", equalTo("照片背景不是白色"));
        given().auth().oauth2(token).get("/api/v1/applications/" + id + "/materials/checklist").then()
                .body("complete", equalTo(false)).body("rejected", equalTo(1))
                .body("items.find { it.slot == 'PHOTO' }.status", equalTo("REJECTED"))
                .body("items.find { it.slot == 'PHOTO' }.current.reviewReason", equalTo("照片背景不是白色"))
                .body("items.find { it.slot == 'PHOTO' }.uploadable", equalTo(true));
        // the pending certificate cannot be swapped during review; the rejected photo can
        String certificateSlot = given().auth().oauth2(token).get("/api/v1/applications/" + id + "/materials")
                .then().extract().path("find { it.type == 'GRADUATION_CERTIFICATE' }.slot");
        upload(token, id, "GRADUATION_CERTIFICATE", certificateSlot.substring(certificateSlot.indexOf('/') + 1),
                "c.jpg", MaterialFixtures.scan()).then().statusCode(409).body("code", equalTo("MATERIAL_IN_REVIEW"));
        upload(token, id, "PHOTO", null, "new.jpg", MaterialFixtures.photo()).then().statusCode(201)
                .body("revision", equalTo(2)).body("status", equalTo("PENDING"));
        given().auth().oauth2(token).get("/api/v1/applications/" + id + "/materials").then()
                .body("findAll { it.slot == 'PHOTO' }", hasSize(2))
                .body("find { it.slot == 'PHOTO' && it.revision == 1 }.current", equalTo(false))
                .body("find { it.slot == 'PHOTO' && it.revision == 1 }.status", equalTo("REJECTED"));
        review(point, photo, "ACCEPT", null).then().statusCode(409).body("code", equalTo("MATERIAL_REPLACED"));
        review(point, currentId(token, id, "PHOTO"), "ACCEPT", null).then().statusCode(200)
                .body("status", equalTo("ACCEPTED"));
    }

    @Test
    void materialsFreezeOnceTheSiteApprovesAndThawOnReturn() {
        ApplicationFixtures f = ApplicationFixtures.exam("110", true);
        String token = candidate();
        String id = f.submitted(token);
        Map<String, Object> approve = decision("APPROVE", null);
        given().auth().oauth2(operator("REGISTRATION_POINT", f.area, f.site, "P1")).contentType("application/json")
                .body(approve).post("/api/v1/applications/" + id + "/reviews").then().statusCode(200);
        Map<String, Object> siteApproval = new HashMap<>(approve);
        siteApproval.put("identityVerified", true);
        given().auth().oauth2(operator("SITE", f.area, f.site, null)).contentType("application/json")
                .body(siteApproval).post("/api/v1/applications/" + id + "/reviews").then().statusCode(200)
                .body("reviewLevel", equalTo("AREA"));
        upload(token, id, "PHOTO", null, "p.jpg", MaterialFixtures.photo()).then().statusCode(409)
                .body("code", equalTo("MATERIALS_FROZEN")).body("detail", containsString("考区审核中"));
        upload(token, id, "ID_DOCUMENT", null, "id.jpg", MaterialFixtures.scan()).then().statusCode(409)
                .body("code", equalTo("MATERIALS_FROZEN"));
        given().auth().oauth2(token).get("/api/v1/applications/" + id + "/materials/checklist").then()
                .body("editable", equalTo(false)).body("frozenReason", notNullValue())
                .body("items.uploadable", org.hamcrest.Matchers.everyItem(equalTo(false)));
        String area = operator("AREA", f.area, null, null);
        // the area still decides on materials while it reviews
        review(area, currentId(area, id, "PHOTO"), "REJECT", "照片不清晰").then().statusCode(200);
        given().auth().oauth2(area).contentType("application/json").body(decision("RETURN", "请更换照片"))
                .post("/api/v1/applications/" + id + "/reviews").then().statusCode(200).body("state", equalTo("RETURNED"));
        upload(token, id, "PHOTO", null, "p.jpg", MaterialFixtures.photo()).then().statusCode(201);
        review(area, currentId(area, id, "PHOTO"), "ACCEPT", null).then().statusCode(409)
                .body("code", equalTo("MATERIAL_NOT_REVIEWABLE"));
        Api.as(token).post("/api/v1/applications/" + id + "/submit").then().statusCode(200)
                .body("reviewLevel", equalTo("AREA"));
    }

    @Test
    void onlyTheOwnerAndOperatorsInScopeReadAndDownloadMaterialsWhichAreNeverCached() throws Exception {
        ApplicationFixtures f = ApplicationFixtures.exam("110", true);
        String token = candidate();
        String id = f.completeDraft(token);
        String photo = currentId(token, id, "PHOTO");
        String sha = given().auth().oauth2(token).get("/api/v1/applications/" + id + "/materials").then()
                .extract().path("find { it.slot == 'PHOTO' }.sha256");
        byte[] bytes = given().auth().oauth2(token).get("/api/v1/materials/" + photo + "/content").then()
                .statusCode(200).contentType("image/jpeg")
                .header("Cache-Control", containsString("no-store"))
                .header("Content-Disposition", containsString("attachment"))
                .header("X-Content-Type-Options", "nosniff")
                .extract().asByteArray();
        assertEquals(sha, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));

        String site = operator("SITE", f.area, f.site, null);
        // a draft is nobody's business but the candidate's
        given().auth().oauth2(site).get("/api/v1/materials/" + photo + "/content").then().statusCode(404);
        given().auth().oauth2(site).get("/api/v1/applications/" + id + "/materials/checklist").then().statusCode(404);
        Api.as(token).post("/api/v1/applications/" + id + "/submit").then().statusCode(200);
        given().auth().oauth2(site).get("/api/v1/materials/" + photo + "/content").then().statusCode(200);
        given().auth().oauth2(site).get("/api/v1/applications/" + id + "/materials/checklist").then().statusCode(200)
                .body("items.uploadable", org.hamcrest.Matchers.everyItem(equalTo(false)));

        String stranger = Api.login(Api.registerCandidate(), "Passw0rd2026");
        given().auth().oauth2(stranger).get("/api/v1/materials/" + photo + "/content").then().statusCode(404);
        given().auth().oauth2(stranger).get("/api/v1/applications/" + id + "/materials").then().statusCode(404);
        upload(stranger, id, "PHOTO", null, "p.jpg", MaterialFixtures.photo()).then().statusCode(404);
        String otherArea = operator("AREA", "42", null, null);
        given().auth().oauth2(otherArea).get("/api/v1/materials/" + photo + "/content").then().statusCode(404);
        review(otherArea, photo, "ACCEPT", null).then().statusCode(404);
        String otherSite = operator("REGISTRATION_POINT", f.area, f.restrictedSite, "P9");
        review(otherSite, photo, "ACCEPT", null).then().statusCode(404);
        review(token, photo, "ACCEPT", null).then().statusCode(403);
        given().get("/api/v1/materials/" + photo + "/content").then().statusCode(401);
        given().auth().oauth2(site).get("/api/v1/materials/" + java.util.UUID.randomUUID() + "/content")
                .then().statusCode(404);
    }

    @Test
    void concurrentUploadsToTheSameSlotKeepEveryRevisionAndOneCurrent() throws Exception {
        ApplicationFixtures f = ApplicationFixtures.exam("110", true);
        String token = candidate();
        String id = f.draft(token);
        int n = 6;
        List<Integer> statuses = Api.concurrently(n, () ->
                upload(token, id, "PHOTO", null, "p.jpg", MaterialFixtures.photo()).statusCode());
        assertEquals(List.of(201, 201, 201, 201, 201, 201), statuses);
        List<Map<String, Object>> photos = given().auth().oauth2(token)
                .get("/api/v1/applications/" + id + "/materials").then().extract().path("findAll { it.slot == 'PHOTO' }");
        assertEquals(List.of(6, 5, 4, 3, 2, 1), photos.stream().map(m -> m.get("revision")).toList());
        assertEquals(1, photos.stream().filter(m -> Boolean.TRUE.equals(m.get("current"))).count());
        assertEquals(Boolean.TRUE, photos.get(0).get("current"));
        given().auth().oauth2(token).get("/api/v1/applications/" + id + "/materials/checklist").then()
                .body("items.find { it.slot == 'PHOTO' }.revisions", equalTo(6))
                .body("items.find { it.slot == 'PHOTO' }.current.revision", equalTo(6));
        try (Stream<Path> files = Files.list(storageRoot().resolve(id.substring(0, 2)).resolve(id))) {
            assertEquals(6, files.filter(p -> !p.getFileName().toString().startsWith(".")).count());
        }
    }

    /** A store whose put succeeds but meanwhile the candidate withdraws, so recording the upload fails. */
    @jakarta.enterprise.inject.Vetoed
    static class WithdrawingStore extends FileSystemMaterialStore {
        final MaterialStore delegate;
        final String applicationId;

        WithdrawingStore(MaterialStore delegate, String applicationId) {
            this.delegate = delegate;
            this.applicationId = applicationId;
        }

        @Override
        public String name() {
            return delegate.name();
        }

        @Override
        public void put(String key, Path file) throws IOException {
            delegate.put(key, file);
            QuarkusTransaction.requiringNew().run(() -> {
                Application a = Application.findById(applicationId);
                a.state = State.WITHDRAWN;
                a.liveKey = null;
            });
        }

        @Override
        public java.io.InputStream open(String key) throws IOException {
            return delegate.open(key);
        }

        @Override
        public boolean exists(String key) throws IOException {
            return delegate.exists(key);
        }

        @Override
        public void delete(String key) throws IOException {
            delegate.delete(key);
        }
    }

    @Test
    void anUploadIsStoredAndRecordedOrNotAtAll() throws Exception {
        ApplicationFixtures f = ApplicationFixtures.exam("110", true);
        String token = candidate();
        String id = f.draft(token);
        QuarkusMock.installMockForType(new WithdrawingStore(ClientProxy.unwrap(store), id), MaterialStore.class);
        upload(token, id, "PHOTO", null, "p.jpg", MaterialFixtures.photo()).then().statusCode(409)
                .body("code", equalTo("MATERIALS_FROZEN"));
        given().auth().oauth2(token).get("/api/v1/applications/" + id + "/materials").then().body("$", hasSize(0));
        Path folder = storageRoot().resolve(id.substring(0, 2)).resolve(id);
        try (Stream<Path> files = Files.exists(folder) ? Files.list(folder) : Stream.empty()) {
            assertEquals(0, files.count(), "the stored file was removed");
        }
        long pending = QuarkusTransaction.requiringNew().call(() -> ((Number) Panache.getEntityManager()
                .createNativeQuery("SELECT COUNT(*) FROM material_pending_object WHERE storage_key LIKE ?1")
                .setParameter(1, "%" + id + "%").getSingleResult()).longValue());
        assertEquals(0, pending);
    }

    @Test
    void theJanitorRemovesObjectsWhoseUploadNeverGotRecorded() throws Exception {
        String orphan = "zz/janitor-" + System.nanoTime() + "/orphan.jpg";
        Path file = Files.createTempFile("orphan", ".jpg");
        Files.write(file, MaterialFixtures.photo());
        store.put(orphan, file);
        Files.deleteIfExists(file);
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager().createNativeQuery(
                        "INSERT INTO material_pending_object (storage, storage_key, created_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, store.name()).setParameter(2, orphan)
                .setParameter(3, Instant.now().minusSeconds(3600)).executeUpdate());
        assertTrue(store.exists(orphan));
        assertTrue(janitor.sweep(Instant.now().minusSeconds(1800)) >= 1);
        assertFalse(store.exists(orphan), "the orphan object is gone");
    }

    @Test
    void theAcceptedPhotoIsPrintedOnTheApplicationForm() throws Exception {
        ApplicationFixtures f = ApplicationFixtures.exam("110", true);
        String token = candidate();
        String id = f.submitted(token);
        assertEquals(0, images(given().auth().oauth2(token).get("/api/v1/applications/" + id + "/form.pdf")
                .then().statusCode(200).extract().asByteArray()), "no accepted photo yet: the box stays empty");
        MaterialFixtures.acceptAll(operator("REGISTRATION_POINT", f.area, f.site, "P1"), id);
        given().auth().oauth2(token).get("/api/v1/applications/" + id + "/materials/checklist").then()
                .body("allAccepted", equalTo(true));
        assertTrue(images(given().auth().oauth2(token).get("/api/v1/applications/" + id + "/form.pdf")
                .then().statusCode(200).extract().asByteArray()) >= 1);
    }

    private static int images(byte[] pdf) throws IOException {
        int count = 0;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var resources = doc.getPage(0).getResources();
            for (var name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject) {
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    void anAreaRequiresItsOwnMaterialsConfiguredByOperators() {
        given().auth().oauth2(adminToken()).get("/api/v1/admin/material-requirements/42").then()
                .statusCode(200).body("typeCodes", equalTo(List.of("PROBATION_CERTIFICATE")));
        given().auth().oauth2(operator("AREA", "43", null, null)).contentType("application/json")
                .body(Map.of("typeCodes", List.of("ID_DOCUMENT"))).put("/api/v1/admin/material-requirements/42")
                .then().statusCode(403);
        given().auth().oauth2(adminToken()).contentType("application/json")
                .body(Map.of("typeCodes", List.of("GRADUATION_CERTIFICATE", "NOPE")))
                .put("/api/v1/admin/material-requirements/42").then().statusCode(400)
                .body("violations.code", hasItem("MATERIAL_TYPE_PER_ENTRY"))
                .body("violations.code", hasItem("MATERIAL_TYPE_UNKNOWN"));
        String hubei = operator("AREA", "42", null, null);
        try {
            given().auth().oauth2(hubei).contentType("application/json")
                    .body(Map.of("typeCodes", List.of("PROBATION_CERTIFICATE", "ID_DOCUMENT")))
                    .put("/api/v1/admin/material-requirements/42").then().statusCode(200)
                    .body("typeCodes", equalTo(List.of("ID_DOCUMENT", "PROBATION_CERTIFICATE")));

            ApplicationFixtures f = ApplicationFixtures.exam("110", true);
            String token = candidate();
            String id = f.draft(token);
            int version = given().auth().oauth2(token).get("/api/v1/applications/" + id).then().extract().path("version");
            given().auth().oauth2(token).contentType("application/json")
                    .body(Map.of("version", version, "areaCode", "42")).patch("/api/v1/applications/" + id)
                    .then().statusCode(200);
            given().auth().oauth2(token).get("/api/v1/applications/" + id + "/materials/checklist").then()
                    .body("items.find { it.slot == 'PROBATION_CERTIFICATE' }.required", equalTo(true))
                    .body("items.find { it.slot == 'PROBATION_CERTIFICATE' }.reason", equalTo("考区要求：湖北省"))
                    .body("items.find { it.slot == 'ID_DOCUMENT' }.required", equalTo(true));
        } finally {
            given().auth().oauth2(hubei).contentType("application/json")
                    .body(Map.of("typeCodes", List.of("PROBATION_CERTIFICATE")))
                    .put("/api/v1/admin/material-requirements/42").then().statusCode(200);
        }
    }

    @Test
    void materialTypesArePublicReferenceData() {
        given().header("Accept-Language", "en").get("/api/v1/material-types").then().statusCode(200)
                .body("find { it.code == 'PHOTO' }.name", equalTo("Candidate photo"))
                .body("find { it.code == 'PHOTO' }.maxBytes", equalTo(40960))
                .body("find { it.code == 'EDU_MOE_RECORD' }.needsVerificationCode", equalTo(true))
                .body("code", hasItem("INTERNSHIP_APPROVAL_FOREIGN"));
    }
}

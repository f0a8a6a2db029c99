package cn.examreg.material;

import static cn.examreg.application.ApplicationFixtures.candidate;
import static cn.examreg.material.MaterialFixtures.upload;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.examreg.application.ApplicationFixtures;
import cn.examreg.support.Api;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** Uploading through the API: the checklist, the checks by content, the limits, names, and what is stored. */
@QuarkusTest
class MaterialUploadTest {
    @TestHTTPResource("/")
    URL base;

    private static String checklistPath(String id) {
        return "/api/v1/applications/" + id + "/materials/checklist";
    }

    private static Path storageRoot() {
        return Path.of(ConfigProvider.getConfig().getValue("examreg.materials.root", String.class));
    }

    private static String educationOf(String token, String applicationId) {
        return given().auth().oauth2(token).get("/api/v1/applications/" + applicationId).then().extract()
                .path("educationIds[0]");
    }

    @Test
    void checklistAsksForThePhotoAndTheCertificateAndTurnsCompleteAfterUploads() throws Exception {
        ApplicationFixtures f = ApplicationFixtures.exam("110", true);
        String token = candidate();
        String id = f.draft(token);
        String education = educationOf(token, id);
        given().auth().oauth2(token).get(checklistPath(id)).then().statusCode(200)
                .body("complete", equalTo(false)).body("missing", equalTo(2)).body("editable", equalTo(true))
                .body("items.find { it.slot == 'PHOTO' }.required", equalTo(true))
                .body("items.find { it.slot == 'PHOTO' }.status", equalTo("MISSING"))
                .body("items.find { it.slot == 'PHOTO' }.type.maxBytes", equalTo(40960))
                .body("items.find { it.slot == 'PHOTO' }.type.formats", equalTo(List.of("JPEG")))
                .body("items.find { it.slot == 'PHOTO' }.uploadable", equalTo(true))
                .body("items.find { it.slot == 'GRADUATION_CERTIFICATE/" + education + "' }.required", equalTo(true))
                .body("items.find { it.slot == 'GRADUATION_CERTIFICATE/" + education + "' }.entry.level",
                        equalTo("UNDERGRADUATE"))
                .body("items.find { it.slot == 'ID_DOCUMENT' }.required", equalTo(false));

        byte[] photo = MaterialFixtures.photo();
        String sha = upload(token, id, "PHOTO", null, "照片.jpg", photo).then().statusCode(201)
                .body("type", equalTo("PHOTO")).body("revision", equalTo(1)).body("current", equalTo(true))
                .body("status", equalTo("PENDING")).body("format", equalTo("JPEG"))
                .body("contentType", equalTo("image/jpeg")).body("width", equalTo(295)).body("height", equalTo(413))
                .body("fileName", equalTo("照片.jpg"))
                .extract().path("sha256");
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(photo)), sha,
                "a photo without metadata is stored byte for byte");
        upload(token, id, "GRADUATION_CERTIFICATE", education, "certificate.pdf", MaterialFiles.pdf())
                .then().statusCode(201).body("format", equalTo("PDF")).body("pages", equalTo(1))
                .body("entryId", equalTo(education));
        given().auth().oauth2(token).get(checklistPath(id)).then().statusCode(200)
                .body("complete", equalTo(true)).body("missing", equalTo(0)).body("pendingReview", equalTo(2))
                .body("allAccepted", equalTo(false));
    }

    @Test
    void submittingWithoutTheRequiredMaterialsIsRefusedNamingThem() {
        ApplicationFixtures f = ApplicationFixtures.exam("110", true);
        String token = candidate();
        String id = f.draft(token);
        Api.as(token).post("/api/v1/applications/" + id + "/submit").then().statusCode(400)
                .body("violations.field", hasItem("materials.PHOTO"))
                .body("violations.field", hasItem("materials.GRADUATION_CERTIFICATE"))
                .body("violations.message", hasItem(containsString("考生照片")));
        Api.as(token).header("Accept-Language", "en").post("/api/v1/applications/" + id + "/submit").then().statusCode(400)
                .body("violations.message", hasItem("Missing material: Candidate photo"));
        MaterialFixtures.uploadPhoto(token, id);
        Api.as(token).post("/api/v1/applications/" + id + "/submit").then().statusCode(400)
                .body("violations.field", hasItem("materials.GRADUATION_CERTIFICATE"))
                .body("violations.field", org.hamcrest.Matchers.not(hasItem("materials.PHOTO")));
        MaterialFixtures.uploadRequired(token, id);
        Api.as(token).post("/api/v1/applications/" + id + "/submit").then().statusCode(200)
                .body("state", equalTo("UNDER_REVIEW"));
    }

    @Test
    void refusesInvalidFilesOfEveryKindAndStoresNothing() throws Exception {
        ApplicationFixtures f = ApplicationFixtures.exam("110", true);
        String token = candidate();
        String id = f.draft(token);
        String education = educationOf(token, id);
        upload(token, id, "PHOTO", null, "photo.jpg", MaterialFiles.png(295, 413)).then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("file"))
                .body("violations[0].code", equalTo("FILE_FORMAT_NOT_ACCEPTED"))
                .body("violations[0].message", containsString("PNG"));
        upload(token, id, "PHOTO", null, "photo.jpg", MaterialFiles.noisyPhoto()).then().statusCode(413)
                .body("code", equalTo("MATERIAL_TOO_LARGE")).body("detail", containsString("40 KB"));
        upload(token, id, "PHOTO", null, "photo.jpg", MaterialFiles.truncated(MaterialFixtures.photo()))
                .then().statusCode(400).body("violations[0].code", equalTo("FILE_CORRUPT"));
        upload(token, id, "PHOTO", null, "photo.jpg", MaterialFiles.html()).then().statusCode(400)
                .body("violations[0].code", equalTo("FILE_FORMAT_UNKNOWN"))
                .body("violations[0].message", containsString("HTML"));
        upload(token, id, "GRADUATION_CERTIFICATE", education, "certificate.png", MaterialFiles.svg())
                .then().statusCode(400).body("violations[0].message", containsString("SVG"));
        upload(token, id, "GRADUATION_CERTIFICATE", education, "certificate.png", MaterialFiles.pngBomb(30_000))
                .then().statusCode(400).body("violations[0].code", equalTo("IMAGE_TOO_MANY_PIXELS"));
        upload(token, id, "PHOTO", null, "photo.jpg", new byte[0]).then().statusCode(400)
                .body("violations[0].code", equalTo("FILE_EMPTY"));
        upload(token, id, "GRADUATION_CERTIFICATE", education, "certificate.pdf", MaterialFiles.encryptedPdf())
                .then().statusCode(400).body("violations[0].code", equalTo("PDF_ENCRYPTED"));
        new MaterialFixtures.Multipart().header("Accept-Language", "en").field("type", "PHOTO")
                .file("file", "photo.jpg", MaterialFiles.png(295, 413)).post(token, id).then().statusCode(400)
                .body("violations[0].message", containsString("judged by the bytes"));

        given().auth().oauth2(token).get("/api/v1/applications/" + id + "/materials").then().statusCode(200)
                .body("$", hasSize(0));
        Path folder = storageRoot().resolve(id.substring(0, 2)).resolve(id);
        assertFalse(Files.exists(folder) && Files.list(folder).findAny().isPresent(), "no file stored");
    }

    @Test
    void aFileNameWithPathTraversalIsOnlyALabel() throws Exception {
        ApplicationFixtures f = ApplicationFixtures.exam("110", true);
        String token = candidate();
        String id = f.draft(token);
        Map<String, Object> m = upload(token, id, "PHOTO", null, "../../../../etc/passwd.jpg", MaterialFixtures.photo())
                .then().statusCode(201).body("fileName", equalTo("passwd.jpg")).extract().path("$");
        Path root = storageRoot().toAbsolutePath().normalize();
        try (Stream<Path> files = Files.walk(root.resolve(id.substring(0, 2)).resolve(id))) {
            List<Path> stored = files.filter(Files::isRegularFile).toList();
            assertEquals(1, stored.size());
            assertTrue(stored.get(0).getFileName().toString().startsWith((String) m.get("id")), stored.toString());
        }
        given().auth().oauth2(token).get("/api/v1/materials/" + m.get("id") + "/content").then().statusCode(200)
                .header("Content-Disposition", containsString("filename=\"passwd.jpg\""));
    }

    @Test
    void formFieldsAreCheckedAndOnlyTheApplicationsSlotsAccepted() {
        ApplicationFixtures f = ApplicationFixtures.exam("110", true);
        String token = candidate();
        String id = f.draft(token);
        String education = educationOf(token, id);
        new MaterialFixtures.Multipart().file("file", "photo.jpg", MaterialFixtures.photo()).post(token, id)
                .then().statusCode(400).body("violations.field", hasItem("type"));
        new MaterialFixtures.Multipart().field("type", "PHOTO").post(token, id).then().statusCode(400)
                .body("violations.field", hasItem("file"));
        upload(token, id, "PASSPORT_SELFIE", null, "x.jpg", MaterialFixtures.photo()).then().statusCode(400)
                .body("violations[0].code", equalTo("MATERIAL_TYPE_UNKNOWN"));
        upload(token, id, "GRADUATION_CERTIFICATE", null, "x.jpg", MaterialFixtures.scan()).then().statusCode(400)
                .body("violations[0].field", equalTo("entryId"));
        upload(token, id, "GRADUATION_CERTIFICATE", "not-my-education", "x.jpg", MaterialFixtures.scan())
                .then().statusCode(400).body("violations[0].code", equalTo("MATERIAL_ENTRY_UNKNOWN"));
        upload(token, id, "MILITARY_UNIT_APPROVAL", null, "x.jpg", MaterialFixtures.scan()).then().statusCode(400)
                .body("violations[0].code", equalTo("MATERIAL_NOT_APPLICABLE"));
        upload(token, id, "PHOTO", education, "x.jpg", MaterialFixtures.photo()).then().statusCode(400)
                .body("violations[0].code", equalTo("MATERIAL_ENTRY_NOT_EXPECTED"));
        given().auth().oauth2(token).contentType("application/json").body(Map.of("type", "PHOTO"))
                .post("/api/v1/applications/" + id + "/materials").then().statusCode(415)
                .contentType(startsWith("application/problem+json"));
        // optional slots take files too
        upload(token, id, "ID_DOCUMENT", null, "id.png", MaterialFiles.png(1000, 640)).then().statusCode(201);
    }

    @Test
    void aFiftyMegabytePhotoIsRefusedFromItsDeclaredLengthBeforeItsBodyIsRead() throws Exception {
        ApplicationFixtures f = ApplicationFixtures.exam("110", true);
        String token = candidate();
        String id = f.draft(token);
        long declared = 50L * 1024 * 1024;
        long started = System.nanoTime();
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            String head = "POST /api/v1/applications/" + id + "/materials HTTP/1.1\r\n"
                    + "Host: " + base.getHost() + ":" + base.getPort() + "\r\n"
                    + "Authorization: Bearer " + token + "\r\n"
                    + "Content-Type: multipart/form-data; boundary=XyZ\r\n"
                    + "Content-Length: " + declared + "\r\n\r\n"
                    + "--XyZ\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\nPHOTO\r\n"
                    + "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.jpg\"\r\n"
                    + "Content-Type: image/jpeg\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.UTF_8));
            out.flush();
            String response = readResponse(socket.getInputStream());
            assertTrue(response.startsWith("HTTP/1.1 413"), response);
            assertTrue(response.contains("\"code\":\"UPLOAD_TOO_LARGE\""), response);
            assertTrue(response.contains("application/problem+json"), response);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis < 5_000, "refused in " + millis + " ms");
        given().auth().oauth2(token).get("/api/v1/applications/" + id + "/materials").then().body("$", hasSize(0));
    }

    @Test
    void anUploadThatDoesNotDeclareItsLengthIsRefusedBeforeItIsRead() throws Exception {
        ApplicationFixtures f = ApplicationFixtures.exam("110", true);
        String token = candidate();
        String id = f.draft(token);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/applications/" + id + "/materials HTTP/1.1\r\n"
                    + "Host: " + base.getHost() + ":" + base.getPort() + "\r\n"
                    + "Authorization: Bearer " + token + "\r\n"
                    + "Content-Type: multipart/form-data; boundary=XyZ\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            String response = readResponse(socket.getInputStream());
            assertTrue(response.startsWith("HTTP/1.1 411"), response);
            assertTrue(response.contains("\"code\":\"LENGTH_REQUIRED\""), response);
        }
    }

    /** Reads a response up to the end of its problem+json body (the server may keep the socket open). */
    private static String readResponse(InputStream in) throws java.io.IOException {
        StringBuilder text = new StringBuilder();
        byte[] buffer = new byte[4096];
        while (true) {
            int n = in.read(buffer);
            if (n < 0) {
                return text.toString();
            }
            text.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            int bodyAt = text.indexOf("\r\n\r\n");
            java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(text);
            if (bodyAt >= 0 && length.find()
                    && text.substring(bodyAt + 4).getBytes(StandardCharsets.UTF_8).length >= Integer.parseInt(length.group(1))) {
                return text.toString();
            }
        }
    }
}

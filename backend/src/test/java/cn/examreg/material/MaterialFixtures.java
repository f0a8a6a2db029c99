package cn.examreg.material;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;

/**
 * Uploads through the API for tests: one file, or a valid file for every required material an application still
 * lacks (what a candidate does before submitting).
 */
public final class MaterialFixtures {
    public static final String VERIFICATION_CODE = "A1B2C3D4E5F6G7H8";
    private static byte[] photo;
    private static byte[] scan;

    private MaterialFixtures() {
    }

    public static synchronized byte[] photo() {
        if (photo == null) {
            photo = MaterialFiles.photo();
        }
        return photo.clone();
    }

    public static synchronized byte[] scan() {
        if (scan == null) {
            scan = MaterialFiles.scan();
        }
        return scan.clone();
    }

    /** POSTs a file as multipart; the response is left to the caller to check. */
    public static Response upload(String token, String applicationId, String type, String entryId, String fileName,
                                  byte[] bytes) {
        Multipart form = new Multipart().field("type", type);
        if (entryId != null) {
            form.field("entryId", entryId);
        }
        if ("EDU_MOE_RECORD".equals(type)) {
            form.field("verificationCode", VERIFICATION_CODE);
        }
        return form.file("file", fileName, bytes).post(token, applicationId);
    }

    /**
     * A multipart/form-data body built in memory and sent with its length, as browsers send it (REST Assured's own
     * multipart is chunked, which uploads refuse, and would send a non-ASCII file name as "?").
     */
    public static final class Multipart {
        private final String boundary = "----examreg" + Long.toHexString(System.nanoTime());
        private final java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        private final java.util.Map<String, String> headers = new java.util.HashMap<>();

        public Multipart field(String name, String value) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
            return this;
        }

        public Multipart file(String name, String fileName, byte[] bytes) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            body.writeBytes(bytes);
            write("\r\n");
            return this;
        }

        public Multipart header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Response post(String token, String applicationId) {
            write("--" + boundary + "--\r\n");
            return given().auth().oauth2(token).headers(headers)
                    .contentType("multipart/form-data; boundary=" + boundary).body(body.toByteArray())
                    .post("/api/v1/applications/" + applicationId + "/materials");
        }

        private void write(String text) {
            body.writeBytes(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /** Uploads a passport photo; returns the material id. */
    public static String uploadPhoto(String token, String applicationId) {
        return upload(token, applicationId, "PHOTO", null, "photo.jpg", photo()).then().statusCode(201)
                .extract().path("id");
    }

    /** Uploads a valid file to every required slot of the checklist that is missing or rejected. */
    public static void uploadRequired(String token, String applicationId) {
        List<Map<String, Object>> items = given().auth().oauth2(token)
                .get("/api/v1/applications/" + applicationId + "/materials/checklist")
                .then().statusCode(200).extract().path("items");
        for (Map<String, Object> item : items) {
            String status = (String) item.get("status");
            if (!Boolean.TRUE.equals(item.get("required")) || !("MISSING".equals(status) || "REJECTED".equals(status))) {
                continue;
            }
            @SuppressWarnings("unchecked")
            String type = (String) ((Map<String, Object>) item.get("type")).get("code");
            @SuppressWarnings("unchecked")
            Map<String, Object> entry = (Map<String, Object>) item.get("entry");
            boolean isPhoto = "PHOTO".equals(type);
            upload(token, applicationId, type, entry == null ? null : (String) entry.get("id"),
                    isPhoto ? "photo.jpg" : "scan.jpg", isPhoto ? photo() : scan()).then().statusCode(201);
        }
    }

    /** Accepts every current material of an application as an operator in scope. */
    public static void acceptAll(String operatorToken, String applicationId) {
        List<Map<String, Object>> materials = given().auth().oauth2(operatorToken)
                .get("/api/v1/applications/" + applicationId + "/materials").then().statusCode(200).extract().path("$");
        for (Map<String, Object> m : materials) {
            if (Boolean.TRUE.equals(m.get("current"))) {
                given().auth().oauth2(operatorToken).contentType("application/json")
                        .body(Map.of("decision", "ACCEPT")).post("/api/v1/materials/" + m.get("id") + "/review")
                        .then().statusCode(200);
            }
        }
    }
}

package cn.examreg;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The published contract (top-level openapi.yaml) must equal what the code serves; `make openapi` refreshes it. */
@QuarkusTest
class ContractTest {

    @Test
    void committedOpenApiEqualsTheServedDocument() throws Exception {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        String served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        JsonNode servedTree = yaml.readTree(served);
        JsonNode committed = yaml.readTree(Files.readString(Path.of("..", "openapi.yaml")));
        List<String> differences = new ArrayList<>();
        diff("", committed, servedTree, differences);
        assertEquals(List.of(), differences.subList(0, Math.min(20, differences.size())),
                "openapi.yaml differs from the code's contract at these paths: run `make openapi`");
    }

    /** Collects the JSON paths where two documents differ (first differences only, to keep the report short). */
    private static void diff(String path, JsonNode expected, JsonNode actual, List<String> out) {
        if (expected == null || actual == null || expected.getNodeType() != actual.getNodeType()) {
            out.add(path + (expected == null ? " (only served)" : actual == null ? " (only committed)" : " (type)"));
            return;
        }
        if (expected.isObject()) {
            Set<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                diff(path + "/" + name, expected.get(name), actual.get(name), out);
            }
        } else if (expected.isArray()) {
            if (expected.size() != actual.size()) {
                out.add(path + " (length)");
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                diff(path + "/" + i, expected.get(i), actual.get(i), out);
            }
        } else if (!expected.equals(actual)) {
            out.add(path + ": " + expected + " -> " + actual);
        }
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}

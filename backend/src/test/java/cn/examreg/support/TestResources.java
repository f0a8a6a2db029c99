package cn.examreg.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the database resource for every @QuarkusTest in the module (one start per test JVM). */
@QuarkusTestResource(value = LocalDatabaseResource.class, restrictToAnnotatedClass = false)
public final class TestResources {
    private TestResources() {
    }
}

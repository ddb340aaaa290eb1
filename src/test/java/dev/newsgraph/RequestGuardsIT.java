package dev.newsgraph;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link RequestGuardsTest} against the packaged application (the jar here, the native binary where GraalVM exists). */
@QuarkusIntegrationTest
@WithTestResource(EmbeddedPostgresResource.class)
class RequestGuardsIT extends RequestGuardsTest {
}

package dev.newsgraph;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Operators can see the service's health and what it is doing. */
@QuarkusTest
class ObservabilityTest {

    @BeforeEach
    void ready() {
        GraphQLClient.awaitReady();
    }

    @Test
    void livenessAndReadinessReportTheDatabaseAndTheCorpus() {
        given().when().get("/q/health/live").then().statusCode(200);
        String readiness = given().when().get("/q/health/ready").then().statusCode(200).extract().asString();
        assertThat(readiness).contains("\"corpus\"").contains("\"UP\"");
        assertThat(readiness).containsIgnoringCase("postgresql");
    }

    @Test
    void metricsCoverGraphqlOperationsIngestExtractionAndThePool() {
        GraphQLClient.post("{ articles(first: 1) { edges { cursor } } }", Map.of());
        IngestMutationTest.ingest(IngestMutationTest.article(UUID.randomUUID().toString()), Tokens.withRole("editor"));
        IngestMutationTest.ingest("   ", Tokens.withRole("editor"));
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("mp_graphql");
        assertThat(metrics).contains("newsgraph_ingest_articles_total{outcome=\"created\"");
        assertThat(metrics).contains("newsgraph_ingest_articles_total{outcome=\"rejected\"");
        assertThat(metrics).contains("newsgraph_extraction_seconds_count");
        assertThat(metrics).containsPattern("(vertx_pool|vertx_sql|agroal)");
    }
}

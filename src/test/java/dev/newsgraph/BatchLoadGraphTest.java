package dev.newsgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.newsgraph.ingest.ArticleIngestor;
import dev.newsgraph.ingest.CorpusLoader;
import dev.newsgraph.ingest.IngestRequest;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.vertx.VertxContextSupport;

/**
 * The corpus loader's batches store the same graph as the ingest mutation storing the same articles one per
 * transaction: the same rows in every table, compared by content (articles by text hash, claims by article and
 * position), and the same claim relations, pair by pair. The articles come from the benchmark's corpus generator
 * (seed 42), which quotes the same analysts and wire copy across articles, so batches share experts, sources and
 * agreements and relate claims across batch boundaries and inside one batch.
 */
@QuarkusTest
@TestProfile(BatchLoadGraphTest.EmptyDatabase.class)
class BatchLoadGraphTest {

    private static final int ARTICLES = 300;
    private static final int BATCH = 64;

    /** A fresh PostgreSQL of this class alone, with nothing loaded at start, since the test empties it. */
    public static class EmptyDatabase implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(EmbeddedPostgresResource.class));
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsgraph.corpus.load-at-start", "false", "quarkus.shutdown.timeout", "2s");
        }
    }

    private static final Map<String, String> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("article", "select content_hash, title, url, published_on, author, body, "
                + "(select name from source s where s.id = a.publisher_id) from article a");
        TABLES.put("source", "select name, kind, aliases, state_run from source");
        TABLES.put("expert", "select name_key, name, role, affiliation, category from expert");
        TABLES.put("agreement", "select name_key, name, status, parties, topics from agreement");
        TABLES.put("article_source", "select a.content_hash, s.name from article_source x join article a on a.id = x.article_id "
                + "join source s on s.id = x.source_id");
        TABLES.put("article_expert", "select a.content_hash, e.name_key from article_expert x "
                + "join article a on a.id = x.article_id join expert e on e.id = x.expert_id");
        TABLES.put("claim", "select a.content_hash, c.ordinal, c.text, c.kind, c.stance, c.claimant, c.claimant_type, "
                + "e.name_key, s.name, c.evidence_start, c.evidence_end, c.evidence_text, c.key_terms from claim c "
                + "join article a on a.id = c.article_id left join expert e on e.id = c.expert_id "
                + "left join source s on s.id = c.source_id");
        TABLES.put("claim_relation", "select a.content_hash, c.ordinal, oa.content_hash, o.ordinal, r.relation "
                + "from claim_relation r join claim c on c.id = r.claim_id join article a on a.id = c.article_id "
                + "join claim o on o.id = r.other_claim_id join article oa on oa.id = o.article_id");
        TABLES.put("term_candidates", "select t.term, x.position, a.content_hash, c.ordinal, x.term_count "
                + "from term_candidates t cross join lateral unnest(t.claim_ids, t.term_counts) with ordinality "
                + "as x(claim_id, term_count, position) join claim c on c.id = x.claim_id join article a on a.id = c.article_id");
        TABLES.put("agreement_mention", "select g.name_key, a.content_hash, m.span_start, m.span_end, m.span_text "
                + "from agreement_mention m join agreement g on g.id = m.agreement_id join article a on a.id = m.article_id");
    }

    @Inject
    ArticleIngestor ingestor;

    @Inject
    CorpusLoader loader;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void batchesStoreTheGraphThatOneArticleAtATimeStores(@TempDir Path corpus) throws Throwable {
        GraphQLClient.awaitReady();
        List<Path> files = generate(corpus);
        assertThat(files).hasSize(ARTICLES);

        empty();
        for (Path file : files) {
            String text = Files.readString(file);
            VertxContextSupport.subscribeAndAwait(() -> ingestor.ingest(new IngestRequest(text, null, null, null, null, null)));
        }
        Map<String, List<String>> oneByOne = dump();

        empty();
        CorpusLoader.CorpusSummary summary = loader.load(corpus, BATCH);
        Map<String, List<String>> batched = dump();

        assertThat(summary.created()).isEqualTo(ARTICLES);
        assertThat(summary.skipped()).isZero();
        assertThat(oneByOne.get("article")).hasSize(ARTICLES);
        assertThat(oneByOne.get("expert").size()).isGreaterThan(100);
        assertThat(oneByOne.get("agreement")).isNotEmpty();
        assertThat(oneByOne.get("claim_relation")).anyMatch(r -> r.endsWith("AGREES")).anyMatch(r -> r.endsWith("DISAGREES"))
                .hasSizeGreaterThan(5 * ARTICLES);
        for (String table : TABLES.keySet()) {
            assertThat(batched.get(table)).as(table).hasSameSizeAs(oneByOne.get(table))
                    .containsExactlyElementsOf(oneByOne.get(table));
        }
    }

    private static List<Path> generate(Path corpus) throws IOException, InterruptedException {
        Process generator = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "bench/CorpusGenerator.java", "--articles", String.valueOf(ARTICLES), "--seed", "42", "--out", corpus.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(generator.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(generator.exitValue()).isZero();
        try (var listing = Files.list(corpus)) {
            return listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    private void empty() throws SQLException {
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            s.execute("truncate article, source, expert, agreement cascade");
            // no foreign key reaches claim_relation or term_candidates (V5): claim's truncate trigger empties them
            try (var rs = s.executeQuery("select (select count(*) from claim_relation) + (select count(*) from term_candidates)")) {
                rs.next();
                assertThat(rs.getLong(1)).isZero();
            }
        }
    }

    /** Every table's rows as text, sorted, with ids replaced by what they point at. */
    private Map<String, List<String>> dump() throws SQLException {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            for (var table : TABLES.entrySet()) {
                List<String> rows = new ArrayList<>();
                try (var rs = s.executeQuery(table.getValue())) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= columns; i++) {
                            row.append(i > 1 ? " | " : "").append(rs.getString(i));
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                tables.put(table.getKey(), rows);
            }
        }
        return tables;
    }
}

package dev.newsgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.newsgraph.ingest.ArticleIngestor;
import dev.newsgraph.ingest.CorpusLoader;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;

/**
 * Deleting an article takes its claims' relations (stored both ways) and agreement candidates with it. No
 * foreign key does that since V5: the claim delete trigger does.
 */
@QuarkusTest
class ArticleRemovalTest {

    @Inject
    CorpusLoader loader;

    @Inject
    ArticleIngestor ingestor;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void deletingAnArticleRemovesTheRelationsOfItsClaimsInBothDirections(@TempDir Path folder) throws Throwable {
        GraphQLClient.awaitReady();
        String word = letters(9);
        String claim = "Grain exports from the " + word + " harbour will double next year";
        Files.writeString(folder.resolve(word + "-a.txt"), """
                Harbour traders expect a record year

                “%s,” said Anna Velkor%s, an economist at Harbour University.
                """.formatted(claim, word));
        Files.writeString(folder.resolve(word + "-b.txt"), """
                Harbour outlook brightens

                “%s,” said Boris Tammik%s, an analyst at Coast Institute.
                """.formatted(claim, word));
        assertThat(loader.load(folder).created()).isEqualTo(2);
        String first = "(select c.id from claim c join article a on a.id = c.article_id where a.corpus_file = '" + word + "-a.txt')";
        String second = "(select c.id from claim c join article a on a.id = c.article_id where a.corpus_file = '" + word + "-b.txt')";
        assertThat(count("claim_relation where claim_id in " + first + " and other_claim_id in " + second)).isEqualTo(1);
        assertThat(count("claim_relation where claim_id in " + second + " and other_claim_id in " + first)).isEqualTo(1);
        long relations = count("claim_relation");
        assertThat(count("term_candidates t join claim c on c.id = any(t.claim_ids) where c.id in " + first)).isPositive();
        long articleId = idOf(word + "-a.txt");

        assertThat(VertxContextSupport.subscribeAndAwait(() -> ingestor.delete(articleId))).isTrue();

        assertThat(count("claim_relation")).isEqualTo(relations - 2);
        assertThat(count("claim_relation where claim_id in " + second)).isZero();
        assertThat(count("claim_relation r where not exists (select 1 from claim c where c.id = r.claim_id) "
                + "or not exists (select 1 from claim c where c.id = r.other_claim_id)")).isZero();
        assertThat(count("term_candidates t cross join lateral unnest(t.claim_ids) listed(id) "
                + "where not exists (select 1 from claim c where c.id = listed.id)")).isZero();
        assertThat(count("term_candidates t join claim c on c.id = any(t.claim_ids) where c.id in " + second)).isPositive();
    }

    /**
     * A term's stored candidate list keeps only its newest assertions. Here it is cut to the newest one (as a common
     * term's list would hold only its newest 200): when that one is deleted, the list is refilled with the claims
     * that were left out of it.
     */
    @Test
    void deletingTheLastListedAssertionOfATermRefillsItsCandidatesFromTheOlderOnes(@TempDir Path folder) throws Throwable {
        GraphQLClient.awaitReady();
        String word = letters(9);
        int articles = 3;
        for (int i = 0; i < articles; i++) {
            Files.writeString(folder.resolve("%s-%d.txt".formatted(word, i)), """
                    Reservoir levels rise

                    “The %s reservoir will be full by spring,” said Lina %s%s, an engineer at Delta Water Board.
                    """.formatted(word, Character.toUpperCase(word.charAt(0)) + word.substring(1), letters(5)));
        }
        assertThat(loader.load(folder).created()).isEqualTo(articles);
        String ours = "array(select c.id from claim c join article a on a.id = c.article_id where a.corpus_file like '"
                + word + "-%%' %s order by c.id)";
        String term = valueOf("select min(term) from term_candidates where claim_ids = " + ours.formatted(""));
        assertThat(term).isNotNull();
        execute("update term_candidates set claim_ids = claim_ids[3:3], term_counts = term_counts[3:3] where term = '" + term + "'");

        long newest = idOf(word + "-2.txt");
        assertThat(VertxContextSupport.subscribeAndAwait(() -> ingestor.delete(newest))).isTrue();

        assertThat(count("term_candidates where term = '" + term + "' and claim_ids = "
                + ours.formatted("and a.corpus_file <> '" + word + "-2.txt'"))).isEqualTo(1);
    }

    private String valueOf(String query) throws SQLException {
        try (var c = dataSource.getConnection(); var s = c.createStatement(); var rs = s.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private void execute(String statement) throws SQLException {
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            assertThat(s.executeUpdate(statement)).isEqualTo(1);
        }
    }

    private long idOf(String corpusFile) throws SQLException {
        try (var c = dataSource.getConnection(); var s = c.createStatement();
                var rs = s.executeQuery("select id from article where corpus_file = '" + corpusFile + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private long count(String from) throws SQLException {
        try (var c = dataSource.getConnection(); var s = c.createStatement();
                var rs = s.executeQuery("select count(*) from " + from)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A random lower-case word, so names and terms built from it are the test's own. */
    private static String letters(int length) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }
}

package dev.newsgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.newsgraph.ingest.CorpusLoader;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** The startup loader: idempotent across restarts, tolerant of bad files, replacing changed files. */
@QuarkusTest
class CorpusLoaderTest {

    @Inject
    CorpusLoader loader;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void ready() {
        GraphQLClient.awaitReady();
    }

    @Test
    void loadingTheSeedsAgainStoresNothingTwice() throws SQLException {
        long articles = count("article");
        long claims = count("claim");
        long sources = count("source");
        long relations = count("claim_relation");

        CorpusLoader.CorpusSummary again = loader.load(Path.of("seeds"));

        assertThat(again.created()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(count("article")).isEqualTo(articles);
        assertThat(count("claim")).isEqualTo(claims);
        assertThat(count("source")).isEqualTo(sources);
        assertThat(count("claim_relation")).isEqualTo(relations);
        assertThat(count("article a where a.corpus_file like '00%'")).isEqualTo(2);
    }

    @Test
    void unreadableFilesAreSkippedAndTheOthersLoad(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
        String tag = "z" + UUID.randomUUID().toString().substring(0, 8);
        Files.write(folder.resolve(tag + "-binary.txt"), new byte[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 0, 0, 0, 14, 15 });
        Files.write(folder.resolve(tag + "-latin1.txt"), "Caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(folder.resolve(tag + "-empty.txt"), "   \n");
        Files.writeString(folder.resolve(tag + "-notes.md"), "not a corpus file");
        Files.writeString(folder.resolve(tag + "-good.txt"), """
                Orchard growers strike export pact

                “Prices will finally be fair,” said Ines Marquard, an economist at Valley Agricultural College.

                Reference %s
                """.formatted(tag));

        CorpusLoader.CorpusSummary summary = loader.load(folder);

        assertThat(summary.files()).isEqualTo(4);
        assertThat(summary.created()).isEqualTo(1);
        assertThat(summary.skipped()).isEqualTo(3);
        assertThat(count("article a where a.corpus_file = '" + tag + "-good.txt'")).isEqualTo(1);
        assertThat(count("article a where a.corpus_file like '" + tag + "%'")).isEqualTo(1);
    }

    @Test
    void aChangedFileReplacesItsArticleAndWhatWasExtractedFromIt(@org.junit.jupiter.api.io.TempDir Path folder)
            throws IOException, SQLException {
        String tag = letters(8);
        Path file = folder.resolve(tag + ".txt");
        Files.writeString(file, """
                River talks stall

                “The dam must wait,” said Olaf Brennick%s, a professor of hydrology at Fjordland University.
                """.formatted(tag));
        assertThat(loader.load(folder).created()).isEqualTo(1);
        assertThat(count("claim c join article a on a.id = c.article_id where a.corpus_file = '" + tag + ".txt' "
                + "and c.text = 'The dam must wait'")).isEqualTo(1);

        Files.writeString(file, """
                River talks resume

                “The dam can be built now,” said Olaf Brennick%s, a professor of hydrology at Fjordland University.
                """.formatted(tag));
        CorpusLoader.CorpusSummary second = loader.load(folder);

        assertThat(second.created()).isEqualTo(1);
        assertThat(count("article a where a.corpus_file = '" + tag + ".txt'")).isEqualTo(1);
        assertThat(count("article a where a.corpus_file = '" + tag + ".txt' and a.title = 'River talks resume'")).isEqualTo(1);
        assertThat(count("claim where text = 'The dam must wait'")).isZero();
        assertThat(count("claim where text = 'The dam can be built now'")).isEqualTo(1);
        assertThat(count("expert where name = 'Olaf Brennick" + tag + "'")).isEqualTo(1);
        // the replaced article's claims leave no agreement candidates behind (the claim delete trigger, V5)
        assertThat(count("term_candidates t cross join lateral unnest(t.claim_ids) listed(id) "
                + "where not exists (select 1 from claim c where c.id = listed.id)")).isZero();
        assertThat(count("term_candidates t join claim c on c.id = any(t.claim_ids) where c.text = 'The dam can be built now'"))
                .isPositive();
    }

    /** A random lower-case word, so names built from it still read as names to the extractor. */
    private static String letters(int length) {
        StringBuilder word = new StringBuilder();
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private long count(String from) throws SQLException {
        try (var c = dataSource.getConnection(); var s = c.createStatement();
                var rs = s.executeQuery("select count(*) from " + from)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

package dev.newsgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.newsgraph.extract.ClaimComparison;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The AGREES links that ingest stores between articles are exactly the pairs that
 * {@link ClaimComparison#sameProposition(Set, Set)} accepts when every stored assertion is compared with every
 * other, as read back from PostgreSQL. Ingest finds its candidates in the term_candidates lists and counts shared
 * terms there, so this pins that shortcut to the plain all-pairs definition.
 */
@QuarkusTest
class ClaimAgreementTest {

    private static final List<String> ARTICLES = List.of("""
            Rice exports climb – Delta Ledger – 03/02/2025

            “Vietnam has shipped thousands of tonnes of rice to the Philippines,” said Ann Lee, a professor of trade at Delta University.

            “Fertiliser prices in Asia fell sharply this spring,” said Bo Tran, an analyst at the Mekong Institute.

            “The central bank raised interest rates by half a point,” said Chi Vo, an economist at Saigon Capital.
            """, """
            Manila buys grain – Island Post – 04/02/2025

            “The Vietnamese shipped rice, thousands of tonnes, to the Philippines,” said Dan Cruz, a professor of economics at Luzon University.

            “Interest rates were raised by the central bank,” said Eva Santos, an analyst at Pacific Research.

            “Fishing fleets in the region are ageing fast,” said Fe Ramos, a researcher at the Coral Institute.
            """, """
            Markets steady – Harbour Daily – 05/02/2025

            “Rice from Vietnam reached the Philippines in thousands of tonnes,” said Gus Lim, an analyst at Harbour Capital.

            “Asian fertiliser prices dropped this spring,” said Hana Ito, a professor of agronomy at Kyushu University.

            “Rates rose,” said Ivo Park, an economist at Busan Bank.
            """, """
            Ports and prices – Gulf Courier – 06/02/2025

            “Shipping rates to the Philippines doubled,” said Jun Kim, an analyst at the Strait Institute.

            “Fishing fleets across the region are ageing quickly,” said Kai Sato, a professor of fisheries at Hokkaido University.

            “Nobody expected the central bank to move,” said Lea Wong, an economist at Canton Research.
            """);

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void ready() {
        GraphQLClient.awaitReady();
    }

    @Test
    void storedAgreementsAreExactlyThePairsTheComparisonAccepts() throws SQLException {
        String marker = UUID.randomUUID().toString();
        for (String article : ARTICLES) {
            JsonPath response = IngestMutationTest.ingest(article + "\nThis report carries the reference " + marker + ".\n", Tokens.withRole("editor"));
            assertThat(response.getList("errors")).isNull();
            assertThat(response.getBoolean("data.ingestArticle.created")).isTrue();
        }

        List<StoredClaim> claims = new ArrayList<>();
        Set<List<Long>> stored = new HashSet<>();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement query = connection.prepareStatement("""
                    select c.id, c.article_id, c.stance, c.key_terms from claim c join article a on a.id = c.article_id
                    where a.body like ?""")) {
                query.setString(1, "%" + marker + "%");
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        Array terms = rows.getArray(4);
                        claims.add(new StoredClaim(rows.getLong(1), rows.getLong(2), rows.getString(3),
                                new HashSet<>(Arrays.asList((String[]) terms.getArray()))));
                    }
                }
            }
            try (PreparedStatement query = connection.prepareStatement("""
                    select r.claim_id, r.other_claim_id from claim_relation r
                    join claim c on c.id = r.claim_id join article a on a.id = c.article_id
                    where r.relation = 'AGREES' and a.body like ?""")) {
                query.setString(1, "%" + marker + "%");
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        stored.add(List.of(rows.getLong(1), rows.getLong(2)));
                    }
                }
            }
        }
        assertThat(claims).hasSize(12);

        Set<List<Long>> expected = new HashSet<>();
        int sharingButDifferent = 0;
        for (StoredClaim claim : claims) {
            for (StoredClaim other : claims) {
                if (claim.articleId == other.articleId || !claim.asserts() || !other.asserts()) {
                    continue;
                }
                if (ClaimComparison.sameProposition(claim.terms, other.terms)) {
                    expected.add(List.of(claim.id, other.id));
                } else if (other.terms.stream().anyMatch(claim.terms::contains)) {
                    sharingButDifferent++;
                }
            }
        }
        // Both outcomes occur among claims that share terms, or the comparison below would prove little.
        assertThat(expected).hasSizeGreaterThanOrEqualTo(6);
        assertThat(sharingButDifferent).isGreaterThanOrEqualTo(2);
        // Links to claims of other tests' articles are left out: only pairs among these articles are compared.
        Set<Long> ours = new HashSet<>();
        claims.forEach(claim -> ours.add(claim.id));
        stored.removeIf(pair -> !ours.contains(pair.get(1)));
        assertThat(stored).containsExactlyInAnyOrderElementsOf(expected);
    }

    private record StoredClaim(long id, long articleId, String stance, Set<String> terms) {
        boolean asserts() {
            return "ASSERTS".equals(stance) && !terms.isEmpty();
        }
    }
}

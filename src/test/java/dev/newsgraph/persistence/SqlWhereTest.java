package dev.newsgraph.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Named parameters become the positional ones the reactive SQL client takes, values in the same order. */
class SqlWhereTest {

    @Test
    void eachNameGetsOneNumberInOrderOfFirstUseAndCastsStayAsTheyAre() {
        LocalDate date = LocalDate.of(2024, 6, 19);
        SqlWhere where = new SqlWhere().when(7L, "a.publisher_id = :publisherId", "publisherId")
                .always("(a.published_on < :afterDate or (a.published_on = :afterDate and a.id < :afterId))",
                        Map.of("afterDate", date, "afterId", 42L));

        SqlWhere.Positional statement = where.positional("select a.id::text from article a" + where.sql());

        assertThat(statement.sql()).isEqualTo("select a.id::text from article a where a.publisher_id = $1 and "
                + "(a.published_on < $2 or (a.published_on = $2 and a.id < $3))");
        assertThat(statement.values().size()).isEqualTo(3);
        assertThat(statement.values().getValue(0)).isEqualTo(7L);
        assertThat(statement.values().getValue(1)).isEqualTo(date);
        assertThat(statement.values().getValue(2)).isEqualTo(42L);
    }

    @Test
    void fullTextConditionsBindTheirTextWithoutNulCharacters() {
        SqlWhere where = new SqlWhere().matching("c", "nuclear\0 research", "english");

        SqlWhere.Positional statement = where.positional("select count(*) from claim c" + where.sql());

        assertThat(statement.sql()).isEqualTo(
                "select count(*) from claim c where c.search @@ websearch_to_tsquery('english', $1)");
        assertThat(statement.values().getValue(0)).isEqualTo("nuclear research");
    }

    @Test
    void aNameWithoutAValueIsRefusedRatherThanSentUnbound() {
        assertThatThrownBy(() -> new SqlWhere().positional("select 1 where x = :missing"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

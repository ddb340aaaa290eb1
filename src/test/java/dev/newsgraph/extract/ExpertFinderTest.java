package dev.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Named people with roles: appositives, pre-modifier titles, roles after quotes, later mentions. */
class ExpertFinderTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private ExtractedArticle extract(String body) {
        return extractor.extract("Lisbon summit ends without a deal on fishing quotas\n\n" + body);
    }

    private static ExtractedExpert named(ExtractedArticle a, String name) {
        return a.experts().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + a.experts()));
    }

    @Test
    void appositiveGivesRoleAffiliationAndAnalystCategory() {
        ExtractedArticle a = extract("""
                Marisa Okonkwo, a professor of marine policy at Tallinn Technical University, said the quotas were too high.
                """);
        ExtractedExpert e = named(a, "Marisa Okonkwo");
        assertThat(e.role()).contains("professor of marine policy");
        assertThat(e.affiliation()).isEqualTo("Tallinn Technical University");
        assertThat(e.category()).isEqualTo(ExpertCategory.ANALYST);
    }

    @Test
    void premodifierTitleGivesOfficialCategory() {
        ExtractedArticle a = extract("""
                Brazilian Foreign Minister Joaquim Tavares said the summit had failed.
                """);
        ExtractedExpert e = named(a, "Joaquim Tavares");
        assertThat(e.role()).containsIgnoringCase("foreign minister");
        assertThat(e.category()).isEqualTo(ExpertCategory.OFFICIAL);
    }

    @Test
    void roleAfterQuoteAndLaterMentionsResolveToOnePerson() {
        ExtractedArticle a = extract("""
                “The fleets will simply move south,” said Henrik Aaltonen, an analyst at the Baltic Fisheries Institute.

                Aaltonen said the ban would not hold. The analyst said smaller boats would suffer most.

                He added that prices would rise by the summer.
                """);
        ExtractedExpert e = named(a, "Henrik Aaltonen");
        assertThat(e.category()).isEqualTo(ExpertCategory.ANALYST);
        assertThat(a.experts()).filteredOn(x -> x.name().contains("Aaltonen")).hasSize(1);
        assertThat(e.mentions()).extracting(TextSpan::text).contains("Henrik Aaltonen", "Aaltonen");
        assertThat(a.claims()).filteredOn(c -> "Henrik Aaltonen".equals(c.expertName())).hasSizeGreaterThanOrEqualTo(3);
        assertThat(a.claims()).anyMatch(c -> "Henrik Aaltonen".equals(c.expertName()) && c.text().contains("prices would rise"));
    }

    @Test
    void portfolioBeforeTheTitleIsPartOfTheRole() {
        ExtractedArticle a = extract("Fisheries Minister Ilse Vahtra said the quotas would be cut by a third.");
        ExtractedExpert e = named(a, "Ilse Vahtra");
        assertThat(e.role()).isEqualTo("Fisheries Minister");
        assertThat(e.category()).isEqualTo(ExpertCategory.OFFICIAL);
    }

    @Test
    void scientistRolesMakeAnAnalystWhoCanBeMentionedByTitle() {
        ExtractedArticle a = extract("""
                “The cod stocks have not recovered,” said Maarja Tamm, a hydrologist at the Tartu Institute.

                The hydrologist warned that the quotas ignored warming water.
                """);
        ExtractedExpert e = named(a, "Maarja Tamm");
        assertThat(e.category()).isEqualTo(ExpertCategory.ANALYST);
        assertThat(a.claims()).anyMatch(c -> "Maarja Tamm".equals(c.expertName()) && c.text().contains("warming water"));
    }
}

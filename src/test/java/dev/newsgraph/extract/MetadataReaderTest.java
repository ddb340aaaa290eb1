package dev.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Title, date, publisher and author read from page header lines written for these tests. */
class MetadataReaderTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private static final String BODY = """

            Farmers in the northern valley said on Monday that the late rains had ruined most of the barley harvest this year.

            "We have never seen the river this low in spring," said Tomas Vrba, a grain trader in the valley.
            """;

    @Test
    void repeatedTitleIsKeptOnceAndNeverTheSiteName() {
        ExtractedArticle a = extractor.extract("""
                Valley Courier
                Late rains ruin the barley harvest in the northern valley
                Late rains ruin the barley harvest in the northern valley
                """ + BODY);
        assertThat(a.title()).isEqualTo("Late rains ruin the barley harvest in the northern valley");
        assertThat(a.body()).doesNotContain("Valley Courier");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "June 30, 2024;2024-06-30",
        "06/19/2024;2024-06-19",
        "2024-06-19;2024-06-19",
        "Published 3 March 2021;2021-03-03"})
    void publicationDateInEveryCommonForm(String dateLine, String expected) {
        ExtractedArticle a = extractor.extract("Late rains ruin the barley harvest in the northern valley\n" + dateLine + "\n" + BODY);
        assertThat(a.publishedOn()).isEqualTo(LocalDate.parse(expected));
    }

    @Test
    void articleDateInTitleSuffixWinsOverRepostDate() {
        ExtractedArticle a = extractor.extract("""
                Late rains ruin the barley harvest – DW – 04/11/2023
                Posted on May 2, 2024
                """ + BODY);
        assertThat(a.publishedOn()).isEqualTo(LocalDate.of(2023, 4, 11));
        assertThat(a.publisher()).isEqualTo("DW");
        assertThat(a.title()).isEqualTo("Late rains ruin the barley harvest");
    }

    @Test
    void publishedLineWinsOverUpdatedLine() {
        ExtractedArticle a = extractor.extract("""
                Late rains ruin the barley harvest in the northern valley
                Updated 9 May 2022
                Published 3 March 2021
                """ + BODY);
        assertThat(a.publishedOn()).isEqualTo(LocalDate.of(2021, 3, 3));
    }

    @Test
    void bylineWithTwoNamesGivesBothAuthors() {
        ExtractedArticle a = extractor.extract("""
                Late rains ruin the barley harvest in the northern valley
                By Ines Halloran and Pavel Sorokin
                """ + BODY);
        assertThat(a.author()).isEqualTo("Ines Halloran and Pavel Sorokin");
    }

    @Test
    void siteAccountIsNotAnAuthor() {
        ExtractedArticle a = extractor.extract("""
                Late rains ruin the barley harvest in the northern valley
                By Admin
                """ + BODY);
        assertThat(a.author()).isNull();
    }
}

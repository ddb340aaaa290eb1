package dev.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Outlets cited in the text: known names, misspellings and short forms, and outlets found by pattern. */
class SourceFinderTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private List<ExtractedSource> sourcesOf(String body) {
        return extractor.extract("Ministers meet over the disputed river dam project\n\n" + body).sources();
    }

    private static ExtractedSource named(List<ExtractedSource> sources, String name) {
        return sources.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + sources));
    }

    @Test
    void stateRunAgencyIsCanonicalAndStateRun() {
        List<ExtractedSource> s = sourcesOf("The dam will open next year, according to the state-run Xinhua News Agency.");
        ExtractedSource xinhua = named(s, "Xinhua");
        assertThat(xinhua.kind()).isEqualTo(SourceKind.NEWS_AGENCY);
        assertThat(xinhua.stateRun()).isTrue();
    }

    @Test
    void stateRunIsUnknownUnlessTheTextSaysSo() {
        List<ExtractedSource> s = sourcesOf("The dam will open next year, Interfax news agency reported on Friday.");
        ExtractedSource interfax = named(s, "Interfax");
        assertThat(interfax.stateRun()).isNull();
        assertThat(interfax.aliases()).contains("Interfax news agency");
    }

    @Test
    void unknownAgencyIsFoundByThePhraseNewsAgency() {
        List<ExtractedSource> s = sourcesOf("The project was delayed again, the Meridia news agency said on Sunday.");
        assertThat(named(s, "Meridia").kind()).isEqualTo(SourceKind.NEWS_AGENCY);
    }

    @Test
    void toldReutersCitesReuters() {
        List<ExtractedSource> s = sourcesOf("A senior engineer told Reuters that the turbines had been tested twice.");
        assertThat(named(s, "Reuters").kind()).isEqualTo(SourceKind.NEWS_AGENCY);
    }

    @Test
    void misspeltOutletMapsToItsCanonicalName() {
        List<ExtractedSource> s = sourcesOf("The dam is two years late, the Asahi Shinbun reported on Monday.");
        ExtractedSource asahi = named(s, "Asahi Shimbun");
        assertThat(asahi.aliases()).containsExactly("Asahi Shinbun");
        assertThat(asahi.kind()).isEqualTo(SourceKind.NEWSPAPER);
    }

    @Test
    void misspellingShortFormAndFullNameAreOneSource() {
        List<ExtractedSource> s = sourcesOf("""
                The Asahi Shimbun first reported the delay. Asahi later said the cost had doubled, and the Asahi Shinbun
                printed the engineers' letter in full.
                """);
        assertThat(s).extracting(ExtractedSource::name).containsExactly("Asahi Shimbun");
        assertThat(s.get(0).aliases()).containsExactlyInAnyOrder("Asahi Shimbun", "Asahi", "Asahi Shinbun");
        assertThat(s.get(0).mentions()).hasSize(3);
    }

    @Test
    void swappedLettersCountAsOneEdit() {
        assertThat(named(sourcesOf("An engineer told Reutres that the turbines were tested twice."), "Reuters")).isNotNull();
    }

    @Test
    void outletsThatDifferOnlyInTheirAcronymStayApart() {
        List<ExtractedSource> s = sourcesOf("CBS News aired the footage first, NBC News followed, and ABC News ran it at night.");
        assertThat(s).extracting(ExtractedSource::name).containsExactly("CBS News", "NBC News", "ABC News");
    }

    @Test
    void anUnlistedOutletOneAcronymLetterAwayFromAListedOneIsNotMerged() {
        List<ExtractedSource> s = sourcesOf("The footage was first shown by BBC News on Friday.");
        assertThat(s).extracting(ExtractedSource::name).containsExactly("BBC").doesNotContain("NBC News");
    }

    @Test
    void shortNamesAreNeverFuzzyMatched() {
        // "Tasss" and "AFB" are one edit from "TASS" and "AFP", but names this short collide too easily
        List<ExtractedSource> s = sourcesOf("The claim was repeated by a blogger calling himself Tasss, and by AFB Capital.");
        assertThat(s).extracting(ExtractedSource::name).doesNotContain("TASS", "Agence France-Presse");
    }

    @Test
    void nearMissThatIsAPersonsNameIsNotAnOutlet() {
        List<ExtractedSource> s = sourcesOf("Engineer Paul Reuter said the turbines were tested twice.");
        assertThat(s).extracting(ExtractedSource::name).doesNotContain("Reuters");
    }

    @Test
    void unlistedOutletFoundByItsCueIsRecognisedWhenNamedBareLater() {
        ExtractedArticle a = extractor.extract("""
                Ministers meet over the disputed river dam project

                The dam is two years late, the Andina newspaper reported. Andina later said the turbines were tested twice.
                """);
        ExtractedSource andina = named(a.sources(), "Andina");
        assertThat(andina.aliases()).containsExactly("Andina newspaper", "Andina");
        assertThat(andina.mentions()).hasSize(2);
        assertThat(a.experts()).extracting(ExtractedExpert::name).doesNotContain("Andina");
    }

    @Test
    void mentionsPointIntoTheBody() {
        ExtractedArticle a = extractor.extract("Ministers meet over the dam\n\nA senior engineer told Reuters the turbines work.");
        for (var src : a.sources()) {
            SpanAssertions.assertSpansPointInto(a.body(), src.mentions());
        }
    }
}

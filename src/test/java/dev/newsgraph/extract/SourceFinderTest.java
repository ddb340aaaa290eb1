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
    void mentionsPointIntoTheBody() {
        ExtractedArticle a = extractor.extract("Ministers meet over the dam\n\nA senior engineer told Reuters the turbines work.");
        for (var src : a.sources()) {
            SpanAssertions.assertSpansPointInto(a.body(), src.mentions());
        }
    }
}

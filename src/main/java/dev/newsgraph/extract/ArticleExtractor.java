package dev.newsgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a scraped news page (plain text, or HTML) into its cleaned body and the facts found in it.
 * Thread-safe; build one and share it, since construction loads the word lists.
 */
public final class ArticleExtractor {

    /** Inputs beyond this are cut: no article is this long, and the cap bounds the work per call. */
    static final int MAX_INPUT_CHARS = 4_000_000;

    private final Lexicon lexicon;
    private final PageCleaner cleaner;
    private final MetadataReader metadata;
    private final SourceFinder sourceFinder;
    private final ExpertFinder expertFinder;
    private final ClaimFinder claimFinder;
    private final AgreementFinder agreementFinder;

    /** Loads the bundled word lists. */
    public ArticleExtractor() {
        lexicon = Lexicon.get();
        cleaner = new PageCleaner(lexicon);
        metadata = new MetadataReader(lexicon);
        sourceFinder = new SourceFinder(lexicon);
        expertFinder = new ExpertFinder(lexicon);
        claimFinder = new ClaimFinder(lexicon);
        agreementFinder = new AgreementFinder(lexicon);
    }

    /**
     * Extracts one article.
     *
     * @throws UnreadableTextException when the input is not text an article can be read from
     */
    public ExtractedArticle extract(String rawText) {
        if (rawText == null || rawText.isBlank()) {
            throw new UnreadableTextException("empty input");
        }
        String raw = rawText.length() > MAX_INPUT_CHARS ? rawText.substring(0, MAX_INPUT_CHARS) : rawText;
        if (looksBinary(raw)) {
            throw new UnreadableTextException("input looks like binary data, not text");
        }
        PageCleaner.CleanPage page;
        MetadataReader.Metadata meta;
        if (PageText.looksLikeHtml(raw)) {
            HtmlPage.Parsed html = HtmlPage.parse(raw);
            page = cleaner.fromBlocks(titleLines(html.metadata()), html.paragraphs(), html.metadata().documentTitle());
            requireWords(page);
            meta = metadata.read(page, html.metadata());
        } else {
            page = cleaner.clean(PageText.normalise(raw));
            requireWords(page);
            meta = metadata.read(page);
        }
        ArticleText text = new ArticleText(page.body(), page.paragraphs());
        List<SourceFinder.Hit> hits = withoutPublisher(sourceFinder.find(text), meta.publisher());
        ExpertFinder.People people = expertFinder.find(text, hits);
        List<ClaimFinder.Draft> drafts = ClaimFinder.split(claimFinder.find(text, people, hits));
        List<ExtractedAgreement> agreements = agreementFinder.find(text, people);

        List<ExtractedExpert> experts = new ArrayList<>();
        Map<Person, Boolean> claimants = new LinkedHashMap<>();
        for (ClaimFinder.Draft d : drafts) {
            if (d.person() != null) {
                claimants.put(d.person(), Boolean.TRUE);
            }
        }
        for (Person p : claimants.keySet()) {
            List<TextSpan> mentions = new ArrayList<>();
            for (Person.Mention m : p.mentions) {
                mentions.add(text.span(m.start(), m.end()));
            }
            String affiliation = p.affiliation != null ? p.affiliation : p.knownCountry;
            ExpertCategory category = p.category != ExpertCategory.OTHER ? p.category
                    : p.knownCountry != null ? ExpertCategory.OFFICIAL : ExpertCategory.OTHER;
            experts.add(new ExtractedExpert(p.name, p.role, affiliation, category, List.copyOf(mentions)));
        }
        List<ExtractedClaim> claims = new ArrayList<>();
        for (ClaimFinder.Draft d : drafts) {
            Sentence s = text.sentences().get(d.sentence());
            int from = text.sentences().get(Math.min(d.evidenceFrom(), d.sentence())).start();
            claims.add(new ExtractedClaim(d.text(), d.kind(), d.stance(), d.claimant(), d.type(),
                    d.person() != null ? d.person().name : null, d.source(), text.span(from, s.end()), d.respondsTo()));
        }
        return new ExtractedArticle(meta.title(), meta.publishedOn(), meta.publisher(), meta.author(), page.body(),
                SourceFinder.sources(text, hits), List.copyOf(experts), List.copyOf(claims), agreements);
    }

    private static void requireWords(PageCleaner.CleanPage page) {
        if (!PageCleaner.hasWord(page.body())) {
            throw new UnreadableTextException("no article text left once page furniture is removed");
        }
    }

    /** Headline candidates of an HTML page: its marked-up headline first, then the document title. */
    private static List<String> titleLines(HtmlMetadata.Found found) {
        List<String> lines = new ArrayList<>();
        if (found.title() != null) {
            lines.add(found.title());
        }
        if (found.documentTitle() != null && !found.documentTitle().isEmpty()) {
            lines.add(found.documentTitle());
        }
        return lines;
    }

    /** Lines the cleaner dropped as page furniture (for tests that check nothing is extracted from them). */
    List<String> droppedLines(String rawText) {
        if (PageText.looksLikeHtml(rawText)) {
            HtmlPage.Parsed html = HtmlPage.parse(rawText);
            return cleaner.fromBlocks(titleLines(html.metadata()), html.paragraphs(), html.metadata().documentTitle()).dropped();
        }
        return cleaner.clean(PageText.normalise(rawText)).dropped();
    }

    /** The page's own publisher is not a source it cites. */
    private List<SourceFinder.Hit> withoutPublisher(List<SourceFinder.Hit> hits, String publisher) {
        if (publisher == null) {
            return hits;
        }
        String key = publisher.toLowerCase(Locale.ROOT);
        Lexicon.Outlet outlet = lexicon.outletsByAlias.get(key);
        String canonical = outlet != null ? outlet.name() : publisher;
        List<SourceFinder.Hit> out = new ArrayList<>();
        for (SourceFinder.Hit h : hits) {
            if (!h.name().equalsIgnoreCase(canonical)) {
                out.add(h);
            }
        }
        return out;
    }

    /** Many control characters or replacement marks in the first kilobytes mean the input is not text. */
    private static boolean looksBinary(String raw) {
        int n = Math.min(raw.length(), 8192);
        int bad = 0;
        int letters = 0;
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            // printable ASCII, nearly all of most pages, is never a bad character: skip the Unicode tables
            if (c >= ' ' && c < 0x7F) {
                if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                    letters++;
                }
                continue;
            }
            int type = Character.getType(c);
            if (c == '\uFFFD' || c == 0 || Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t'
                    || type == Character.UNASSIGNED || type == Character.PRIVATE_USE) {
                bad++;
            } else if (Character.isLetter(c)) {
                letters++;
            }
        }
        return bad * 10 > n || letters == 0;
    }
}

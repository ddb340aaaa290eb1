package dev.newsgraph.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.newsgraph.agreement.Agreement;
import dev.newsgraph.agreement.AgreementMention;
import dev.newsgraph.agreement.AgreementRepository;
import dev.newsgraph.agreement.AgreementStatus;
import dev.newsgraph.article.Article;
import dev.newsgraph.article.ArticleRepository;
import dev.newsgraph.claim.Claim;
import dev.newsgraph.claim.ClaimKind;
import dev.newsgraph.claim.ClaimRelation;
import dev.newsgraph.claim.ClaimRepository;
import dev.newsgraph.claim.ClaimantType;
import dev.newsgraph.claim.Relation;
import dev.newsgraph.claim.Stance;
import dev.newsgraph.expert.Expert;
import dev.newsgraph.expert.ExpertCategory;
import dev.newsgraph.expert.ExpertRepository;
import dev.newsgraph.expert.Quotation;
import dev.newsgraph.extract.ArticleExtractor;
import dev.newsgraph.extract.ClaimComparison;
import dev.newsgraph.extract.ExtractedAgreement;
import dev.newsgraph.extract.ExtractedArticle;
import dev.newsgraph.extract.ExtractedClaim;
import dev.newsgraph.extract.ExtractedExpert;
import dev.newsgraph.extract.ExtractedSource;
import dev.newsgraph.extract.TextSpan;
import dev.newsgraph.extract.UnreadableTextException;
import dev.newsgraph.graphql.ApiException;
import dev.newsgraph.graphql.ErrorCode;
import dev.newsgraph.persistence.SqlWhere;
import dev.newsgraph.source.Citation;
import dev.newsgraph.source.Source;
import dev.newsgraph.source.SourceKind;
import dev.newsgraph.source.SourceRepository;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Stores one article and everything extracted from it in one transaction. The startup corpus loader and
 * the ingest mutation both come through here. Writers serialise on one PostgreSQL advisory lock, so
 * concurrent ingests (or several replicas loading the corpus at once) never store a text twice nor race
 * on the shared source, expert and agreement rows.
 */
@ApplicationScoped
public class ArticleIngestor {

    /** Advisory lock key that every writer holds for the length of its transaction. */
    static final long WRITE_LOCK = 0x6e657773_6772L;
    private static final int MAX_AGREEMENT_CANDIDATES = 100;
    /** Bits of a packed agreement candidate that hold its claim's term count; the claim id takes the bits above. */
    private static final int TERM_COUNT_BITS = 20;
    private static final long TERM_COUNT_MASK = (1L << TERM_COUNT_BITS) - 1;
    private static final long[] NO_CANDIDATES = new long[0];

    private final ArticleExtractor extractor;
    private final ArticleRepository articles;
    private final SourceRepository sources;
    private final ExpertRepository experts;
    private final ClaimRepository claims;
    private final AgreementRepository agreements;
    private final ArticleRemoval removal;
    private final int maxBytes;
    private final Duration timeout;
    private final MeterRegistry meters;
    private final Timer extraction;

    public ArticleIngestor(ArticleExtractor extractor, ArticleRepository articles, SourceRepository sources,
            ExpertRepository experts, ClaimRepository claims, AgreementRepository agreements, ArticleRemoval removal,
            @ConfigProperty(name = "newsgraph.ingest.max-bytes", defaultValue = "2097152") int maxBytes,
            @ConfigProperty(name = "newsgraph.ingest.timeout", defaultValue = "PT30S") Duration timeout,
            MeterRegistry meters) {
        this.extractor = extractor;
        this.articles = articles;
        this.sources = sources;
        this.experts = experts;
        this.claims = claims;
        this.agreements = agreements;
        this.removal = removal;
        this.maxBytes = maxBytes;
        this.timeout = timeout;
        this.meters = meters;
        this.extraction = Timer.builder("newsgraph.extraction").description("Time to extract the facts of one article")
                .publishPercentileHistogram().register(meters);
    }

    /**
     * Stores the article unless its text is already stored. Fails with {@link RejectedInput} before writing
     * anything when the input cannot be an article.
     */
    public Uni<IngestResult> ingest(IngestRequest request) {
        return counted(storeChecked(request));
    }

    /** Counts each ingest's outcome in newsgraph_ingest_articles_total{outcome}. */
    private Uni<IngestResult> counted(Uni<IngestResult> ingest) {
        return ingest
                .invoke(result -> count(result.created() ? "created" : "unchanged"))
                .onFailure().invoke(failure -> count(failure instanceof RejectedInput ? "rejected" : "failed"));
    }

    private void count(String outcome) {
        meters.counter("newsgraph.ingest.articles", "outcome", outcome).increment();
    }

    /**
     * Stores an article that {@link #prepare} checked (and possibly extracted) ahead of its transaction, so the
     * corpus loader can extract one file while the previous one is written. Stores exactly what
     * {@link #ingest(IngestRequest)} would for the same request.
     */
    public Uni<IngestResult> ingest(PreparedArticle prepared) {
        return counted(store(prepared));
    }

    /** Checks the input and hashes it, writing nothing; throws {@link RejectedInput} when it cannot be an article. */
    public PreparedArticle prepare(IngestRequest request) {
        // HTML goes to extract/ as it came: the cleaner needs the page structure to find the article
        String text = PageInput.check(request.text(), maxBytes);
        return new PreparedArticle(request, text, ContentHash.of(request.text()));
    }

    /** True when an article with this content hash is stored already (read without the write lock). */
    public Uni<Boolean> isStored(String hash) {
        return Panache.withSession(() -> articles.count("contentHash", hash)).map(count -> count > 0);
    }

    private Uni<IngestResult> storeChecked(IngestRequest request) {
        PreparedArticle prepared;
        try {
            prepared = prepare(request);
        } catch (RejectedInput rejected) {
            return Uni.createFrom().failure(rejected);
        }
        return store(prepared);
    }

    private Uni<IngestResult> store(PreparedArticle prepared) {
        return Panache.withTransaction(() -> holdWriteLock()
                .chain(() -> articles.find("contentHash", prepared.hash).<Article>firstResult())
                .chain(existing -> existing != null
                        ? Uni.createFrom().item(new IngestResult(existing, false))
                        : store(prepared.request, prepared.hash, prepared.extracted())
                                .map(article -> new IngestResult(article, true))))
                .ifNoItem().after(timeout).failWith(() -> new ApiException.ServiceUnavailable(
                        "Storing the article did not finish in time; nothing was stored. Try again shortly."));
    }

    private ExtractedArticle extract(String text) {
        try {
            return extraction.record(() -> extractor.extract(text));
        } catch (UnreadableTextException e) {
            throw new RejectedInput(ErrorCode.BAD_USER_INPUT, List.of("input", "text"), e.getMessage());
        }
    }

    /**
     * An article checked and hashed outside any transaction. {@link #extractAhead()} runs the extraction on the
     * calling thread; otherwise it runs inside the transaction, after the hash check, as for the ingest mutation.
     */
    public final class PreparedArticle {
        private final IngestRequest request;
        private final String page;
        private final String hash;
        private ExtractedArticle extracted;
        private RuntimeException extractionFailure;

        private PreparedArticle(IngestRequest request, String page, String hash) {
            this.request = request;
            this.page = page;
            this.hash = hash;
        }

        /** The SHA-256 of the text as received. */
        public String hash() {
            return hash;
        }

        /** Extracts now; a failure (an unreadable text, say) is reported when the article is stored, as it would be without this. */
        public void extractAhead() {
            try {
                extracted = extract(page);
            } catch (RuntimeException e) {
                extractionFailure = e;
            }
        }

        private ExtractedArticle extracted() {
            if (extractionFailure != null) {
                throw extractionFailure;
            }
            if (extracted == null) {
                extracted = extract(page);
            }
            return extracted;
        }
    }

    /**
     * Takes the writers' lock for this transaction. Connections cancel any statement after the read timeout
     * (statement_timeout, set by DatabasePool); a writer may wait for the lock and write for up to the ingest
     * timeout, so it raises the limit for its own transaction first.
     */
    Uni<Void> holdWriteLock() {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("select set_config('statement_timeout', :limit, true)", String.class)
                .setParameter("limit", timeout.toMillis() + "ms").getSingleResult()
                .chain(() -> session.createNativeQuery("select 1 from (select pg_advisory_xact_lock(:key)) held", Integer.class)
                        .setParameter("key", WRITE_LOCK).getSingleResult()))
                .replaceWithVoid();
    }

    private Uni<Article> store(IngestRequest request, String hash, ExtractedArticle extracted) {
        Draft draft = new Draft(request, hash, extracted);
        Uni<Void> replaced = request.corpusFile() == null ? Uni.createFrom().voidItem()
                : articles.find("corpusFile", request.corpusFile()).<Article>firstResult()
                        .chain(previous -> previous == null ? Uni.createFrom().voidItem() : removal.remove(previous.id).replaceWithVoid());
        return replaced
                .chain(() -> resolveSources(draft))
                .chain(() -> resolveExperts(draft))
                .chain(() -> persistArticle(draft))
                .chain(() -> persistClaims(draft))
                .chain(() -> relateToOtherArticles(draft))
                .chain(() -> persistAgreements(draft))
                .map(ignored -> draft.article);
    }

    /** Finds or creates every cited source and the publisher, merging newly seen aliases. */
    private Uni<Void> resolveSources(Draft draft) {
        Map<String, ExtractedSource> cited = new LinkedHashMap<>();
        for (ExtractedSource source : draft.extracted.sources()) {
            cited.merge(source.name(), source, (a, b) -> a);
        }
        Set<String> names = new LinkedHashSet<>(cited.keySet());
        if (draft.publisherName != null) {
            names.add(draft.publisherName);
        }
        if (names.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return sources.list("name in ?1", names).chain(found -> {
            for (Source source : found) {
                draft.sourcesByName.put(source.name, source);
            }
            List<Source> created = new ArrayList<>();
            for (String name : names) {
                Source source = draft.sourcesByName.get(name);
                ExtractedSource seen = cited.get(name);
                if (source == null) {
                    source = new Source();
                    source.name = name;
                    source.kind = seen == null ? SourceKind.OUTLET : SourceKind.valueOf(seen.kind().name());
                    created.add(source);
                    draft.sourcesByName.put(name, source);
                }
                if (seen != null) {
                    for (String alias : seen.aliases()) {
                        if (!source.aliases.contains(alias)) {
                            source.aliases = new ArrayList<>(source.aliases);
                            source.aliases.add(alias);
                        }
                    }
                    if (source.stateRun == null && seen.stateRun() != null) {
                        source.stateRun = seen.stateRun();
                    }
                }
            }
            return created.isEmpty() ? Uni.createFrom().voidItem() : sources.persist(created);
        });
    }

    /** Finds or creates every quoted expert under its name key, filling in a role or affiliation not known yet. */
    private Uni<Void> resolveExperts(Draft draft) {
        Map<String, ExtractedExpert> byKey = new LinkedHashMap<>();
        for (ExtractedExpert expert : draft.extracted.experts()) {
            byKey.putIfAbsent(NameKeys.of(expert.name()), expert);
        }
        if (byKey.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return experts.list("nameKey in ?1", byKey.keySet()).chain(found -> {
            Map<String, Expert> stored = new HashMap<>();
            for (Expert expert : found) {
                stored.put(expert.nameKey, expert);
            }
            List<Expert> created = new ArrayList<>();
            byKey.forEach((key, seen) -> {
                Expert expert = stored.get(key);
                if (expert == null) {
                    expert = new Expert();
                    expert.name = seen.name();
                    expert.nameKey = key;
                    expert.category = ExpertCategory.valueOf(seen.category().name());
                    created.add(expert);
                }
                if (expert.role == null) {
                    expert.role = seen.role();
                }
                if (expert.affiliation == null) {
                    expert.affiliation = seen.affiliation();
                }
                draft.expertsByName.put(seen.name(), expert);
            });
            return created.isEmpty() ? Uni.createFrom().voidItem() : experts.persist(created);
        });
    }

    private Uni<Void> persistArticle(Draft draft) {
        IngestRequest request = draft.request;
        ExtractedArticle extracted = draft.extracted;
        Article article = new Article();
        article.contentHash = draft.hash;
        article.corpusFile = request.corpusFile();
        article.title = firstNonBlank(request.title(), extracted.title(), "Untitled");
        article.url = SqlWhere.storable(request.url());
        article.publishedOn = request.publishedOn() != null ? request.publishedOn() : extracted.publishedOn();
        article.author = extracted.author();
        article.body = extracted.body();
        Source publisher = draft.publisherName == null ? null : draft.sourcesByName.get(draft.publisherName);
        article.publisherId = publisher == null ? null : publisher.id;
        draft.article = article;
        return articles.persist(article).chain(stored -> {
            List<Object> links = new ArrayList<>();
            draft.extracted.sources().stream().map(ExtractedSource::name).distinct()
                    .map(draft.sourcesByName::get)
                    .filter(source -> publisher == null || !source.id.equals(publisher.id))
                    .forEach(source -> links.add(new Citation(article.id, source.id)));
            draft.expertsByName.values().stream().map(expert -> expert.id).distinct()
                    .forEach(id -> links.add(new Quotation(article.id, id)));
            return links.isEmpty() ? Uni.createFrom().voidItem()
                    : Panache.getSession().chain(session -> session.persistAll(links.toArray()));
        });
    }

    /** Stores the claims in text order, then the denials among them as DISAGREES both ways. */
    private Uni<Void> persistClaims(Draft draft) {
        List<ExtractedClaim> extractedClaims = draft.extracted.claims();
        for (int i = 0; i < extractedClaims.size(); i++) {
            ExtractedClaim seen = extractedClaims.get(i);
            Claim claim = new Claim();
            claim.articleId = draft.article.id;
            claim.ordinal = i;
            claim.text = seen.text();
            claim.kind = ClaimKind.valueOf(seen.kind().name());
            claim.stance = Stance.valueOf(seen.stance().name());
            claim.claimant = seen.claimant();
            claim.claimantType = ClaimantType.valueOf(seen.claimantType().name());
            Expert expert = seen.expertName() == null ? null : draft.expertsByName.get(seen.expertName());
            claim.expertId = expert == null ? null : expert.id;
            Source source = seen.sourceName() == null ? null : draft.sourcesByName.get(seen.sourceName());
            claim.sourceId = source == null ? null : source.id;
            claim.evidenceStart = seen.evidence().start();
            claim.evidenceEnd = seen.evidence().end();
            claim.evidenceText = seen.evidence().text();
            claim.keyTerms = new ArrayList<>(ClaimComparison.keyTerms(seen.text()));
            draft.claims.add(claim);
        }
        if (draft.claims.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return claims.persist(draft.claims).chain(() -> {
            List<ClaimRelation> relations = new ArrayList<>();
            for (int i = 0; i < extractedClaims.size(); i++) {
                for (int denied : extractedClaims.get(i).respondsTo()) {
                    if (denied >= 0 && denied < draft.claims.size() && denied != i) {
                        addBothWays(relations, draft.claims.get(i), draft.claims.get(denied), Relation.DISAGREES);
                    }
                }
            }
            return persistRelations(relations);
        });
    }

    /**
     * Links each new assertion to stored assertions of other articles that say the same thing. One query reads,
     * for every distinct key term of the article's assertions, the newest {@value #MAX_AGREEMENT_CANDIDATES}
     * stored assertions of other articles holding it, with each one's term count, from an index only (claim_term,
     * V2 and V3). An assertion's candidates are the newest {@value #MAX_AGREEMENT_CANDIDATES} sharing any of its
     * terms; each of them is in the list of every term it shares (else that term alone would have
     * {@value #MAX_AGREEMENT_CANDIDATES} newer ones), so counting its appearances across the assertion's lists
     * gives exactly the terms both share, and {@link ClaimComparison#sameProposition(int, int, int)} decides as it
     * would from both term lists. The article costs one round trip however many claims it has, and the lookup
     * reads a bounded number of index entries, so it does not slow down as the corpus grows.
     */
    private Uni<Void> relateToOtherArticles(Draft draft) {
        List<Claim> asserting = new ArrayList<>();
        Set<String> allTerms = new LinkedHashSet<>();
        for (Claim claim : draft.claims) {
            if (claim.stance == Stance.ASSERTS && !claim.keyTerms.isEmpty()) {
                asserting.add(claim);
                allTerms.addAll(claim.keyTerms);
            }
        }
        if (asserting.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        // Key terms hold letters, digits, spaces and . ' - only, so '|' cannot occur inside one. Each term's
        // candidates come back as one row listing claim id and term count packed into one number each (in any
        // order: the app sorts them): reading thousands of rows one by one cost the app more than the comparison.
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "select term.value, newest.candidates "
                        + "from unnest(string_to_array(:terms, '|')) as term(value) "
                        + "cross join lateral (select string_agg((n.claim_id << " + TERM_COUNT_BITS
                        + " | least(n.term_count, " + TERM_COUNT_MASK + "))::text, ',') candidates "
                        + "from (select t.claim_id, t.term_count from claim_term t where t.term = term.value "
                        + "and t.article_id <> :articleId order by t.claim_id desc limit " + MAX_AGREEMENT_CANDIDATES
                        + ") n) newest where newest.candidates is not null", Object[].class)
                .setParameter("articleId", draft.article.id)
                .setParameter("terms", String.join("|", allTerms))
                .getResultList())
                .chain(rows -> {
                    Map<String, long[]> newestByTerm = new HashMap<>();
                    for (Object[] row : rows) {
                        newestByTerm.put((String) row[0], packedCandidates((String) row[1]));
                    }
                    List<ClaimRelation> relations = new ArrayList<>();
                    for (Claim claim : asserting) {
                        relateToCandidates(claim, newestByTerm, relations);
                    }
                    return persistRelations(relations);
                });
    }

    /** Reads one term's comma-separated list of packed candidates (claim id and term count in one number each). */
    private static long[] packedCandidates(String list) {
        String[] candidates = list.split(",");
        long[] packed = new long[candidates.length];
        for (int i = 0; i < candidates.length; i++) {
            packed[i] = Long.parseLong(candidates[i]);
        }
        return packed;
    }

    /**
     * Adds AGREES both ways between the claim and each of its newest {@value #MAX_AGREEMENT_CANDIDATES}
     * candidates that asserts the same. The candidates of all its terms, sorted, lie in runs of equal values: a
     * run's length is the number of terms that candidate shares with the claim. Each candidate is met once, so
     * no pair is added twice.
     */
    private static void relateToCandidates(Claim claim, Map<String, long[]> newestByTerm, List<ClaimRelation> relations) {
        Set<String> terms = new HashSet<>(claim.keyTerms);
        int total = 0;
        for (String term : terms) {
            total += newestByTerm.getOrDefault(term, NO_CANDIDATES).length;
        }
        long[] all = new long[total];
        int filled = 0;
        for (String term : terms) {
            long[] candidates = newestByTerm.getOrDefault(term, NO_CANDIDATES);
            System.arraycopy(candidates, 0, all, filled, candidates.length);
            filled += candidates.length;
        }
        Arrays.sort(all);
        int seen = 0;
        for (int end = all.length - 1; end >= 0 && seen < MAX_AGREEMENT_CANDIDATES; seen++) {
            long candidate = all[end];
            int start = end;
            while (start > 0 && all[start - 1] == candidate) {
                start--;
            }
            int shared = end - start + 1;
            int otherTerms = (int) (candidate & TERM_COUNT_MASK);
            if (ClaimComparison.sameProposition(shared, terms.size(), otherTerms)) {
                long otherId = candidate >>> TERM_COUNT_BITS;
                relations.add(new ClaimRelation(claim.id, otherId, Relation.AGREES));
                relations.add(new ClaimRelation(otherId, claim.id, Relation.AGREES));
            }
            end = start - 1;
        }
    }

    private Uni<Void> persistAgreements(Draft draft) {
        Map<String, ExtractedAgreement> byKey = new LinkedHashMap<>();
        for (ExtractedAgreement agreement : draft.extracted.agreements()) {
            byKey.putIfAbsent(NameKeys.of(agreement.name()), agreement);
        }
        if (byKey.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return agreements.list("nameKey in ?1", byKey.keySet()).chain(found -> {
            Map<String, Agreement> stored = new HashMap<>();
            for (Agreement agreement : found) {
                stored.put(agreement.nameKey, agreement);
            }
            List<Agreement> created = new ArrayList<>();
            Map<String, Agreement> resolved = new LinkedHashMap<>();
            byKey.forEach((key, seen) -> {
                Agreement agreement = stored.get(key);
                if (agreement == null) {
                    agreement = new Agreement();
                    agreement.name = seen.name();
                    agreement.nameKey = key;
                    created.add(agreement);
                }
                agreement.status = AgreementStatus.valueOf(seen.status().name());
                agreement.parties = union(agreement.parties, seen.parties());
                agreement.topics = union(agreement.topics, seen.topics());
                resolved.put(key, agreement);
            });
            Uni<Void> persisted = created.isEmpty() ? Uni.createFrom().voidItem() : agreements.persist(created);
            return persisted.chain(() -> {
                List<Object> mentions = new ArrayList<>();
                byKey.forEach((key, seen) -> {
                    for (TextSpan span : seen.evidence()) {
                        AgreementMention mention = new AgreementMention();
                        mention.agreementId = resolved.get(key).id;
                        mention.articleId = draft.article.id;
                        mention.spanStart = span.start();
                        mention.spanEnd = span.end();
                        mention.spanText = span.text();
                        mentions.add(mention);
                    }
                });
                return mentions.isEmpty() ? Uni.createFrom().voidItem()
                        : Panache.getSession().chain(session -> session.persistAll(mentions.toArray()));
            });
        });
    }

    private static Uni<Void> persistRelations(List<ClaimRelation> relations) {
        return relations.isEmpty() ? Uni.createFrom().voidItem()
                : Panache.getSession().chain(session -> session.persistAll(relations.toArray()));
    }

    private static void addBothWays(List<ClaimRelation> relations, Claim claim, Claim other, Relation relation) {
        for (ClaimRelation existing : relations) {
            if (existing.claimId.equals(claim.id) && existing.otherClaimId.equals(other.id)) {
                return;
            }
        }
        relations.add(new ClaimRelation(claim.id, other.id, relation));
        relations.add(new ClaimRelation(other.id, claim.id, relation));
    }

    private static List<String> union(List<String> stored, List<String> seen) {
        LinkedHashSet<String> all = new LinkedHashSet<>(stored);
        all.addAll(seen);
        return new ArrayList<>(all);
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return SqlWhere.storable(value).strip();
            }
        }
        return null;
    }

    /** The state of one article's transaction as it is built up step by step. */
    private static final class Draft {
        final IngestRequest request;
        final String hash;
        final ExtractedArticle extracted;
        final String publisherName;
        final Map<String, Source> sourcesByName = new HashMap<>();
        final Map<String, Expert> expertsByName = new HashMap<>();
        final List<Claim> claims = new ArrayList<>();
        Article article;

        Draft(IngestRequest request, String hash, ExtractedArticle extracted) {
            this.request = request;
            this.hash = hash;
            this.extracted = extracted;
            String publisher = firstNonBlank(request.publisherName(), extracted.publisher());
            this.publisherName = publisher;
        }
    }
}

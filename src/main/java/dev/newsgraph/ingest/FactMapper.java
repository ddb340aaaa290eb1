package dev.newsgraph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.newsgraph.agreement.AgreementStatus;
import dev.newsgraph.claim.ClaimKind;
import dev.newsgraph.claim.ClaimantType;
import dev.newsgraph.claim.Stance;
import dev.newsgraph.expert.ExpertCategory;
import dev.newsgraph.extract.ExtractedAgreement;
import dev.newsgraph.extract.ExtractedArticle;
import dev.newsgraph.extract.ExtractedClaim;
import dev.newsgraph.extract.ExtractedExpert;
import dev.newsgraph.extract.ExtractedSource;
import dev.newsgraph.extract.TextSpan;
import dev.newsgraph.persistence.SqlWhere;
import dev.newsgraph.ingest.GraphRows.AgreementRow;
import dev.newsgraph.ingest.GraphRows.ArticleRows;
import dev.newsgraph.ingest.GraphRows.ClaimRow;
import dev.newsgraph.ingest.GraphRows.ExpertRow;
import dev.newsgraph.ingest.GraphRows.MentionRow;
import dev.newsgraph.ingest.GraphRows.SourceRow;
import dev.newsgraph.source.SourceKind;

/**
 * Turns one article's extracted facts into the rows to store, finding the sources, experts and agreements it
 * names among {@link NamedRows} (creating the missing ones and adding what the article tells about known ones).
 * A source is found by its canonical name, a person or agreement by its {@link NameKeys name key}; the first
 * spelling an article uses for a key stands for it.
 */
final class FactMapper {

    private FactMapper() {
    }

    static ArticleRows map(ReadyArticle ready, NamedRows named) {
        IngestRequest request = ready.request();
        ExtractedArticle extracted = ready.extracted();
        String publisherName = publisherName(ready);
        Map<String, SourceRow> sources = sources(extracted, publisherName, named);
        SourceRow publisher = publisherName == null ? null : sources.get(publisherName);
        ArticleRows article = new ArticleRows(ready.hash(), request.corpusFile(),
                firstNonBlank(request.title(), extracted.title(), "Untitled"), SqlWhere.storable(request.url()),
                request.publishedOn() != null ? request.publishedOn() : extracted.publishedOn(), extracted.author(),
                extracted.body(), publisher);
        for (ExtractedSource source : extracted.sources()) {
            SourceRow row = sources.get(source.name());
            if (row != publisher && !article.cited.contains(row)) {
                article.cited.add(row);
            }
        }
        Map<String, ExpertRow> experts = experts(extracted, named);
        Set<ExpertRow> quoted = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        quoted.addAll(experts.values());
        article.quoted.addAll(quoted);
        addClaims(article, extracted.claims(), ready.keyTerms(), experts, sources);
        addMentions(article, extracted.agreements(), named);
        return article;
    }

    /** The publisher named in the request, else the one the page names, if any. */
    static String publisherName(ReadyArticle ready) {
        return firstNonBlank(ready.request().publisherName(), ready.extracted().publisher());
    }

    /** Every cited source and the publisher, found or created, with the aliases and state ownership seen here. */
    private static Map<String, SourceRow> sources(ExtractedArticle extracted, String publisherName, NamedRows named) {
        Map<String, ExtractedSource> cited = new LinkedHashMap<>();
        for (ExtractedSource source : extracted.sources()) {
            cited.putIfAbsent(source.name(), source);
        }
        Set<String> names = new LinkedHashSet<>(cited.keySet());
        if (publisherName != null) {
            names.add(publisherName);
        }
        Map<String, SourceRow> found = new HashMap<>();
        for (String name : names) {
            ExtractedSource seen = cited.get(name);
            SourceRow row = named.sources.computeIfAbsent(name, n -> new SourceRow(null, n,
                    seen == null ? SourceKind.OUTLET : EnumBridge.stored(SourceKind.class, seen.kind()), new ArrayList<>(), null));
            if (seen != null) {
                for (String alias : seen.aliases()) {
                    if (!row.aliases.contains(alias)) {
                        row.aliases.add(alias);
                        row.changed = true;
                    }
                }
                if (row.stateRun == null && seen.stateRun() != null) {
                    row.stateRun = seen.stateRun();
                    row.changed = true;
                }
            }
            found.put(name, row);
        }
        return found;
    }

    /** Each quoted person under the first spelling the article uses for them, found or created. */
    private static Map<String, ExpertRow> experts(ExtractedArticle extracted, NamedRows named) {
        Map<String, ExtractedExpert> byKey = new LinkedHashMap<>();
        for (ExtractedExpert expert : extracted.experts()) {
            byKey.putIfAbsent(NameKeys.of(expert.name()), expert);
        }
        Map<String, ExpertRow> byName = new HashMap<>();
        byKey.forEach((key, seen) -> {
            ExpertRow row = named.experts.computeIfAbsent(key, k -> new ExpertRow(null, seen.name(), k,
                    EnumBridge.stored(ExpertCategory.class, seen.category()), null, null));
            if (row.role == null && seen.role() != null) {
                row.role = seen.role();
                row.changed = true;
            }
            if (row.affiliation == null && seen.affiliation() != null) {
                row.affiliation = seen.affiliation();
                row.changed = true;
            }
            byName.put(seen.name(), row);
        });
        return byName;
    }

    /** The claims in text order, and each denial as a pair of ordinals. */
    private static void addClaims(ArticleRows article, List<ExtractedClaim> claims, List<List<String>> keyTerms,
            Map<String, ExpertRow> experts,
            Map<String, SourceRow> sources) {
        for (int i = 0; i < claims.size(); i++) {
            ExtractedClaim seen = claims.get(i);
            article.claims.add(new ClaimRow(i, seen.text(), EnumBridge.stored(ClaimKind.class, seen.kind()),
                    EnumBridge.stored(Stance.class, seen.stance()), seen.claimant(),
                    EnumBridge.stored(ClaimantType.class, seen.claimantType()),
                    seen.expertName() == null ? null : experts.get(seen.expertName()),
                    seen.sourceName() == null ? null : sources.get(seen.sourceName()), seen.evidence(),
                    keyTerms.get(i)));
        }
        Set<Long> pairs = new HashSet<>();
        for (int i = 0; i < claims.size(); i++) {
            for (int denied : claims.get(i).respondsTo()) {
                if (denied >= 0 && denied < claims.size() && denied != i
                        && pairs.add((long) Math.min(i, denied) << 32 | Math.max(i, denied))) {
                    article.denials.add(new int[] { i, denied });
                }
            }
        }
    }

    /** Each agreement under the first spelling the article uses, found or created; its latest status wins. */
    private static void addMentions(ArticleRows article, List<ExtractedAgreement> agreements, NamedRows named) {
        Map<String, ExtractedAgreement> byKey = new LinkedHashMap<>();
        for (ExtractedAgreement agreement : agreements) {
            byKey.putIfAbsent(NameKeys.of(agreement.name()), agreement);
        }
        byKey.forEach((key, seen) -> {
            AgreementRow row = named.agreements.computeIfAbsent(key, k -> new AgreementRow(null, seen.name(), k,
                    null, new ArrayList<>(), new ArrayList<>()));
            AgreementStatus status = EnumBridge.stored(AgreementStatus.class, seen.status());
            row.changed |= row.status != status | addMissing(row.parties, seen.parties()) | addMissing(row.topics, seen.topics());
            row.status = status;
            for (TextSpan span : seen.evidence()) {
                article.mentions.add(new MentionRow(row, span));
            }
        });
    }

    private static boolean addMissing(List<String> stored, List<String> seen) {
        boolean added = false;
        for (String value : seen) {
            if (!stored.contains(value)) {
                stored.add(value);
                added = true;
            }
        }
        return added;
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return SqlWhere.storable(value).strip();
            }
        }
        return null;
    }
}

package dev.newsgraph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.newsgraph.agreement.Agreement;
import dev.newsgraph.agreement.AgreementMention;
import dev.newsgraph.agreement.AgreementStatus;
import dev.newsgraph.article.Article;
import dev.newsgraph.claim.Claim;
import dev.newsgraph.claim.ClaimKind;
import dev.newsgraph.claim.ClaimantType;
import dev.newsgraph.claim.Stance;
import dev.newsgraph.expert.Expert;
import dev.newsgraph.expert.ExpertCategory;
import dev.newsgraph.expert.Quotation;
import dev.newsgraph.source.Citation;
import dev.newsgraph.source.Source;
import dev.newsgraph.source.SourceKind;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;

/**
 * Writes a small graph of its own straight through the entities, under a unique tag, so a test sees only
 * what it made: {@code articles} articles, each citing a source, quoting an expert, with
 * {@code claimsPerArticle} claims and one agreement mention.
 */
public final class GraphFixtures {

    /** What was written. */
    public record Graph(String tag, List<Article> articles, List<Source> sources, List<Expert> experts,
                        List<Claim> claims, List<Agreement> agreements) {
    }

    private GraphFixtures() {
    }

    public static Graph write(int articles, int claimsPerArticle) {
        String tag = "fx" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> {
                List<Object> rows = new ArrayList<>();
                List<Article> stored = new ArrayList<>();
                List<Source> sources = new ArrayList<>();
                List<Expert> experts = new ArrayList<>();
                List<Claim> claims = new ArrayList<>();
                List<Agreement> agreements = new ArrayList<>();
                for (int i = 0; i < articles; i++) {
                    Source source = new Source();
                    source.name = tag + " Agency " + i;
                    source.aliases = List.of(tag + " agency " + i);
                    source.kind = i % 2 == 0 ? SourceKind.NEWS_AGENCY : SourceKind.NEWSPAPER;
                    source.stateRun = i % 2 == 0 ? Boolean.TRUE : null;
                    Expert expert = new Expert();
                    expert.name = tag + " Expert " + i;
                    expert.nameKey = tag + " expert " + i;
                    expert.role = "professor of " + tag;
                    expert.affiliation = tag + " University";
                    expert.category = ExpertCategory.ANALYST;
                    Agreement agreement = new Agreement();
                    agreement.name = tag + " pact " + i;
                    agreement.nameKey = tag + " pact " + i;
                    agreement.parties = List.of(tag + "land", "Otherland");
                    agreement.status = AgreementStatus.PLANNED;
                    agreement.topics = List.of("trade");
                    sources.add(source);
                    experts.add(expert);
                    agreements.add(agreement);
                }
                rows.addAll(sources);
                rows.addAll(experts);
                rows.addAll(agreements);
                return Panache.getSession().chain(s -> s.persistAll(rows.toArray()).chain(s::flush)).chain(() -> {
                    List<Object> more = new ArrayList<>();
                    for (int i = 0; i < articles; i++) {
                        Article article = new Article();
                        article.contentHash = tag + "-" + i;
                        article.title = tag + " article " + i;
                        article.body = "Body of " + tag + " article " + i + ". " + tag + " said things.";
                        article.publishedOn = i % 5 == 4 ? null : LocalDate.of(2024, 1, 1).plusDays(i % 3);
                        article.publisherId = sources.get((i + 1) % articles).id;
                        stored.add(article);
                    }
                    return s().chain(session -> session.persistAll(stored.toArray()).chain(session::flush)).chain(() -> {
                        for (int i = 0; i < articles; i++) {
                            Article article = stored.get(i);
                            more.add(new Citation(article.id, sources.get(i).id));
                            more.add(new Quotation(article.id, experts.get(i).id));
                            for (int k = 0; k < claimsPerArticle; k++) {
                                Claim claim = new Claim();
                                claim.articleId = article.id;
                                claim.ordinal = k;
                                claim.text = tag + " claim " + i + "." + k;
                                claim.kind = k % 2 == 0 ? ClaimKind.DIRECT_QUOTE : ClaimKind.REPORTED;
                                claim.stance = Stance.ASSERTS;
                                claim.claimant = experts.get(i).name;
                                claim.claimantType = ClaimantType.EXPERT;
                                claim.expertId = experts.get(i).id;
                                claim.sourceId = sources.get(i).id;
                                claim.evidenceStart = 0;
                                claim.evidenceEnd = 4;
                                claim.evidenceText = "Body";
                                claims.add(claim);
                            }
                            AgreementMention mention = new AgreementMention();
                            mention.agreementId = agreements.get(i).id;
                            mention.articleId = article.id;
                            mention.spanStart = 0;
                            mention.spanEnd = 4;
                            mention.spanText = "Body";
                            more.add(mention);
                        }
                        more.addAll(claims);
                        return s().chain(session -> session.persistAll(more.toArray()));
                    });
                }).map(ignored -> new Graph(tag, stored, sources, experts, claims, agreements));
            }));
        } catch (Throwable e) {
            throw new IllegalStateException("cannot write fixtures", e);
        }
    }

    private static io.smallrye.mutiny.Uni<org.hibernate.reactive.mutiny.Mutiny.Session> s() {
        return Panache.getSession();
    }
}

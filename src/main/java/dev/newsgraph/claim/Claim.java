package dev.newsgraph.claim;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import dev.newsgraph.graphql.Span;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import dev.newsgraph.search.SearchHit;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** An attributed assertion inside one article. */
@Entity
@Table(name = "claim")
@Description("An assertion that a person, government, organisation or the writer makes in an article, with who made it and the evidence.")
public class Claim extends PanacheEntityBase implements SearchHit {

    @jakarta.persistence.Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_seq")
    @SequenceGenerator(name = "claim_seq", sequenceName = "claim_seq", allocationSize = 50)
    @Id
    @NonNull
    @Description("Stable identifier of the claim.")
    public Long id;

    @Ignore
    @Column(name = "article_id")
    public Long articleId;

    /** Position of the claim within its article, so that claims keep the text's order. */
    @Ignore
    public int ordinal;

    @NonNull
    @Description("The quoted words (DIRECT_QUOTE) or the reported proposition (REPORTED).")
    public String text;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("Whether the words are quoted or reported.")
    public ClaimKind kind;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("Whether the claim asserts or denies.")
    public Stance stance;

    @NonNull
    @Description("Who makes the claim: a person, a government, an organisation, an unnamed group as printed (\"analysts\"), or \"AUTHOR\".")
    public String claimant;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Column(name = "claimant_type")
    @Description("What kind of claimant makes the claim.")
    public ClaimantType claimantType;

    @Ignore
    @Column(name = "expert_id")
    public Long expertId;

    @Ignore
    @Column(name = "source_id")
    public Long sourceId;

    @Ignore
    @Column(name = "evidence_start")
    public int evidenceStart;

    @Ignore
    @Column(name = "evidence_end")
    public int evidenceEnd;

    @Ignore
    @Column(name = "evidence_text")
    public String evidenceText;

    @Ignore
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "key_terms", columnDefinition = "text[]")
    public List<String> keyTerms = new ArrayList<>();

    @NonNull
    @Description("The sentence(s) of the article body that carry the attribution.")
    public Span getEvidence() {
        return new Span(evidenceStart, evidenceEnd, evidenceText);
    }
}

package dev.newsgraph.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** Where one article mentions an agreement: a span of that article's body. Not a GraphQL type. */
@Entity
@Table(name = "agreement_mention")
public class AgreementMention extends PanacheEntityBase {

    @jakarta.persistence.Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_mention_seq")
    @SequenceGenerator(name = "agreement_mention_seq", sequenceName = "agreement_mention_seq", allocationSize = 50)
    public Long id;

    @Column(name = "agreement_id")
    public Long agreementId;

    @Column(name = "article_id")
    public Long articleId;

    @Column(name = "span_start")
    public int spanStart;

    @Column(name = "span_end")
    public int spanEnd;

    @Column(name = "span_text")
    public String spanText;
}

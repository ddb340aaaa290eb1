package dev.newsgraph.article;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import dev.newsgraph.search.SearchHit;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A stored news article: its cleaned body and metadata. Extracted facts point into {@link #body}. */
@Entity
@Table(name = "article")
@Description("A news article: its metadata, its cleaned text, and the sources, experts, claims and agreements extracted from it.")
public class Article extends PanacheEntityBase implements SearchHit {

    @jakarta.persistence.Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_seq")
    @SequenceGenerator(name = "article_seq", sequenceName = "article_seq", allocationSize = 50)
    @Id
    @NonNull
    @Description("Stable identifier of the article.")
    public Long id;

    @Ignore
    @Column(name = "content_hash")
    public String contentHash;

    @Ignore
    @Column(name = "corpus_file")
    public String corpusFile;

    @NonNull
    @Description("The article's own title, never the site's name or tagline.")
    public String title;

    @Description("Where the article was found, when the ingesting client gave it.")
    public String url;

    @Column(name = "published_on")
    @Description("The article's own publication date (ISO-8601), or null when the page gives no full date.")
    public LocalDate publishedOn;

    @Description("Named byline author(s) as printed, e.g. \"A and B\"; null for desk, agency or site accounts.")
    public String author;

    @Ignore
    @Column(name = "publisher_id")
    public Long publisherId;

    @NonNull
    @Description("The cleaned article text, boilerplate removed. Every Span's offsets point into this text.")
    public String body;

    @Ignore
    @Column(name = "ingested_at", insertable = false, updatable = false)
    public OffsetDateTime ingestedAt;
}

package dev.newsgraph.source;

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
import org.eclipse.microprofile.graphql.NonNull;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import dev.newsgraph.search.SearchHit;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** An outlet that publishes articles or that articles cite. */
@Entity
@Table(name = "source")
@Description("An outlet (news agency, newspaper, broadcaster, government body) that publishes articles or that articles cite.")
public class Source extends PanacheEntityBase implements SearchHit {

    @jakarta.persistence.Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "source_seq")
    @SequenceGenerator(name = "source_seq", sequenceName = "source_seq", allocationSize = 50)
    @Id
    @NonNull
    @Description("Stable identifier of the source.")
    public Long id;

    @NonNull
    @Description("Canonical name, e.g. \"Rodong Sinmun\" even where a text misspells it \"Rodang Sinmun\".")
    public String name;

    @NonNull
    @Description("Every surface form of the name seen in the corpus, e.g. \"Tass news agency\".")
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<@NonNull String> aliases = new ArrayList<>();

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("What kind of outlet this is.")
    public SourceKind kind;

    @Column(name = "state_run")
    @Description("True or false only where a text says so (\"state-run\", \"independent\"); null when no text says.")
    public Boolean stateRun;
}

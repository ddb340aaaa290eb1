package dev.newsgraph.agreement;

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

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import dev.newsgraph.search.SearchHit;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A pact, deal or treaty between parties; one row however many articles report it. */
@Entity
@Table(name = "agreement")
@Description("A pact, deal, treaty or exchange between parties that articles report. The same agreement in several articles is one agreement.")
public class Agreement extends PanacheEntityBase implements SearchHit {

    @jakarta.persistence.Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_seq")
    @SequenceGenerator(name = "agreement_seq", sequenceName = "agreement_seq", allocationSize = 50)
    @Id
    @NonNull
    @Description("Stable identifier of the agreement.")
    public Long id;

    @NonNull
    @Description("Descriptive name, e.g. \"Russia–North Korea strategic partnership agreement\".")
    public String name;

    @Ignore
    @Column(name = "name_key")
    public String nameKey;

    @NonNull
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    @Description("The parties, e.g. [\"Russia\", \"North Korea\"].")
    public List<@NonNull String> parties = new ArrayList<>();

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("How far the agreement has come, as the most recent reporting article tells it.")
    public AgreementStatus status;

    @NonNull
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    @Description("What the agreement covers, e.g. [\"security\", \"economic cooperation\"].")
    public List<@NonNull String> topics = new ArrayList<>();
}

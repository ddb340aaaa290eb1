package dev.newsgraph.expert;

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

import dev.newsgraph.search.SearchHit;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A named analyst or official quoted in articles; one row per person across the corpus. */
@Entity
@Table(name = "expert")
@Description("A named analyst or official whom articles quote or paraphrase. The same person in several articles is one expert.")
public class Expert extends PanacheEntityBase implements SearchHit {

    @jakarta.persistence.Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "expert_seq")
    @SequenceGenerator(name = "expert_seq", sequenceName = "expert_seq", allocationSize = 50)
    @Id
    @NonNull
    @Description("Stable identifier of the expert.")
    public Long id;

    @NonNull
    @Description("Full name as printed, e.g. \"Leif-Erik Easley\".")
    public String name;

    @Ignore
    @Column(name = "name_key")
    public String nameKey;

    @Description("Role as printed, e.g. \"professor of international studies\"; null when no text gives one.")
    public String role;

    @Description("Institution, organisation or country as printed, e.g. \"Ewha Women's University\" or \"Kremlin\".")
    public String affiliation;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("Whether the person speaks as an analyst or as an official.")
    public ExpertCategory category;
}

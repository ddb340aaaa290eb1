package dev.newsgraph.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** How one claim relates to another; stored once per direction. */
@Entity
@Table(name = "claim_relation")
@Description("How a claim relates to another claim, in the same article or another one.")
public class ClaimRelation extends PanacheEntityBase {

    @jakarta.persistence.Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_relation_seq")
    @SequenceGenerator(name = "claim_relation_seq", sequenceName = "claim_relation_seq", allocationSize = 50)
    @Ignore
    public Long id;

    @Ignore
    @Column(name = "claim_id")
    public Long claimId;

    @Ignore
    @Column(name = "other_claim_id")
    public Long otherClaimId;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("Whether the other claim agrees with this one or is denied by (or denies) it.")
    public Relation relation;

    public ClaimRelation() {
    }

    public ClaimRelation(Long claimId, Long otherClaimId, Relation relation) {
        this.claimId = claimId;
        this.otherClaimId = otherClaimId;
        this.relation = relation;
    }
}

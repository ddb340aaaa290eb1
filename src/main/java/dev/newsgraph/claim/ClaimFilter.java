package dev.newsgraph.claim;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/** Narrows the claims list; all given fields must match. */
@Input("ClaimFilter")
@Description("Narrows the claims list. Every field given must match (AND); omitted fields do not filter.")
public class ClaimFilter {

    @Description("Full-text match on the claim text and claimant, web-search syntax.")
    public String text;

    @Description("Only claims by this claimant (case-insensitive exact match), e.g. \"South Korea\" or \"analysts\".")
    public String claimant;

    @Description("Only claims by this kind of claimant.")
    public ClaimantType claimantType;

    @Id
    @Description("Only claims made by this expert.")
    public String expertId;

    @Id
    @Description("Only claims reported through this source.")
    public String sourceId;

    @Id
    @Description("Only claims made in this article.")
    public String articleId;

    @Description("Only quoted, or only reported, claims.")
    public ClaimKind kind;

    @Description("Only assertions, or only denials.")
    public Stance stance;
}

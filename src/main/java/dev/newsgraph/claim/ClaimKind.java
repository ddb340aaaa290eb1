package dev.newsgraph.claim;

import org.eclipse.microprofile.graphql.Description;

/** Whether a claim's words are quoted verbatim or reported in the writer's words. */
@Description("Whether a claim's words are quoted verbatim or reported in the writer's words.")
public enum ClaimKind {
    @Description("The claimant's words in quotation marks, including partial quotes.") DIRECT_QUOTE,
    @Description("Reported speech or a paraphrase.") REPORTED
}

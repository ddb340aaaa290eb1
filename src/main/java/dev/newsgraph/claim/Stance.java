package dev.newsgraph.claim;

import org.eclipse.microprofile.graphql.Description;

/** Whether a claim asserts a proposition or denies another claim. */
@Description("Whether a claim asserts a proposition or denies another claim.")
public enum Stance {
    @Description("The claimant asserts the proposition.") ASSERTS,
    @Description("The claimant denies or rejects another claim (see relations).") DENIES
}

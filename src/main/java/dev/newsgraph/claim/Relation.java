package dev.newsgraph.claim;

import org.eclipse.microprofile.graphql.Description;

/** How one claim stands to another. */
@Description("How one claim stands to another.")
public enum Relation {
    @Description("Both claims assert the same thing (possibly in different articles).") AGREES,
    @Description("One claim denies the other.") DISAGREES
}

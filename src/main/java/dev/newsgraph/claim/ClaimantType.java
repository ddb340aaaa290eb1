package dev.newsgraph.claim;

import org.eclipse.microprofile.graphql.Description;

/** Who stands behind a claim. */
@Description("Who stands behind a claim.")
public enum ClaimantType {
    @Description("An analyst, or an unnamed group of analysts.") EXPERT,
    @Description("A named or unnamed office holder.") OFFICIAL,
    @Description("A state or its government, e.g. \"South Korea\".") GOVERNMENT,
    @Description("A company, party, agency or other organisation.") ORGANISATION,
    @Description("The article's writer, in their own voice.") AUTHOR,
    @Description("Anyone else.") OTHER
}

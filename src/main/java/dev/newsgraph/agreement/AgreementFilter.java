package dev.newsgraph.agreement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** Narrows the agreements list; all given fields must match. */
@Input("AgreementFilter")
@Description("Narrows the agreements list. Every field given must match (AND); omitted fields do not filter.")
public class AgreementFilter {

    @Description("Full-text match on name, parties and topics, web-search syntax.")
    public String text;

    @Description("Only agreements with this party (case-insensitive exact match), e.g. \"North Korea\".")
    public String party;

    @Description("Only agreements with this status.")
    public AgreementStatus status;
}

package dev.newsgraph.expert;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** Narrows the experts list; all given fields must match. */
@Input("ExpertFilter")
@Description("Narrows the experts list. Every field given must match (AND); omitted fields do not filter.")
public class ExpertFilter {

    @Description("Full-text match on name, role and affiliation, web-search syntax.")
    public String text;

    @Description("Only experts of this category.")
    public ExpertCategory category;

    @Description("Only experts whose affiliation contains this text (case-insensitive), e.g. \"University\".")
    public String affiliation;
}

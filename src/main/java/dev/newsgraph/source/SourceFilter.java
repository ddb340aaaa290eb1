package dev.newsgraph.source;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** Narrows the sources list; all given fields must match. */
@Input("SourceFilter")
@Description("Narrows the sources list. Every field given must match (AND); omitted fields do not filter.")
public class SourceFilter {

    @Description("Full-text match on name and aliases, web-search syntax.")
    public String text;

    @Description("Only sources of this kind.")
    public SourceKind kind;

    @Description("Only sources a text calls state-run (true) or independent (false).")
    public Boolean stateRun;
}

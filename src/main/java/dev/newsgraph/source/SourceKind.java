package dev.newsgraph.source;

import org.eclipse.microprofile.graphql.Description;

/** What kind of outlet a source is. */
@Description("What kind of outlet a source is.")
public enum SourceKind {
    @Description("A wire service such as TASS or Reuters.") NEWS_AGENCY,
    @Description("A printed or online newspaper.") NEWSPAPER,
    @Description("A television or radio broadcaster.") BROADCASTER,
    @Description("Any other news outlet or website.") OUTLET,
    @Description("A ministry, agency or other government body acting as a source.") GOVERNMENT_BODY,
    @Description("Anything else, e.g. a photo agency or syndicator.") OTHER
}

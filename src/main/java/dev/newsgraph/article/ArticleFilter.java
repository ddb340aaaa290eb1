package dev.newsgraph.article;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/** Narrows the articles list; all given fields must match. */
@Input("ArticleFilter")
@Description("Narrows the articles list. Every field given must match (AND); omitted fields do not filter.")
public class ArticleFilter {

    @Description("Full-text match on title and body, web-search syntax: words, \"quoted phrases\", -excluded words, or.")
    public String text;

    @Id
    @Description("Only articles published by this source.")
    public String publisherId;

    @Id
    @Description("Only articles that cite this source.")
    public String citedSourceId;

    @Id
    @Description("Only articles that quote this expert.")
    public String expertId;

    @Id
    @Description("Only articles that mention this agreement.")
    public String agreementId;

    @Description("Only articles published on or after this date.")
    public LocalDate publishedFrom;

    @Description("Only articles published on or before this date.")
    public LocalDate publishedTo;
}

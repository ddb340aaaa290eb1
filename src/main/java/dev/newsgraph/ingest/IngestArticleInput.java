package dev.newsgraph.ingest;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The article an editor submits. */
@Input("IngestArticleInput")
@Description("An article to add, as scraped. The optional fields, when given, win over what is extracted from the text.")
public class IngestArticleInput {

    @NonNull
    @Description("The article as scraped: title, date and byline lines, body, page boilerplate. Plain text or a whole HTML page.")
    public String text;

    @Description("Where the article was found.")
    public String url;

    @Description("The title to store instead of the extracted one.")
    public String title;

    @Description("The publication date to store instead of the extracted one.")
    public LocalDate publishedOn;

    @Description("The publishing outlet's name, stored as the article's publisher instead of the extracted one.")
    public String publisherName;
}

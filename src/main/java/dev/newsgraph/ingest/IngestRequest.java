package dev.newsgraph.ingest;

import java.time.LocalDate;

/**
 * One article to store. The optional fields, when given, win over what extraction finds.
 *
 * @param corpusFile the corpus file name when loaded from the corpus folder, so a changed file replaces its article
 */
public record IngestRequest(String text, String url, String title, LocalDate publishedOn, String publisherName,
                            String corpusFile) {

    public static IngestRequest ofCorpusFile(String fileName, String text) {
        return new IngestRequest(text, null, null, null, null, fileName);
    }
}

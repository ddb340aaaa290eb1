package dev.newsgraph.ingest;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.newsgraph.ingest.GraphRows.AgreementRow;
import dev.newsgraph.ingest.GraphRows.ExpertRow;
import dev.newsgraph.ingest.GraphRows.SourceRow;

/**
 * The sources (by name), experts and agreements (by name key) a batch of articles names: the stored ones read
 * once for the whole batch, and the ones its articles add. Every article of the batch finds and updates the same
 * row, so the batch ends with the state the articles one after the other would have left.
 */
final class NamedRows {

    final Map<String, SourceRow> sources = new LinkedHashMap<>();
    final Map<String, ExpertRow> experts = new LinkedHashMap<>();
    final Map<String, AgreementRow> agreements = new LinkedHashMap<>();
}

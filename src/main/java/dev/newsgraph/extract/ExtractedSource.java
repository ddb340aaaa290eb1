package dev.newsgraph.extract;

import java.util.List;

/**
 * An outlet the article cites.
 *
 * @param name     canonical name, e.g. "Rodong Sinmun"
 * @param aliases  surface forms seen in this article (may include the canonical name)
 * @param stateRun true or false only where the text says so, else null
 * @param mentions where the article names it
 */
public record ExtractedSource(String name, List<String> aliases, SourceKind kind, Boolean stateRun, List<TextSpan> mentions) {
}

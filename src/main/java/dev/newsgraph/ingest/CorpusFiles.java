package dev.newsgraph.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.quarkus.logging.Log;

/** The files of a corpus folder: every {@code *.txt} file, in name order, read as strict UTF-8. */
final class CorpusFiles {

    private CorpusFiles() {
    }

    static List<Path> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            Log.warnf("Corpus folder %s does not exist; nothing to load", folder.toAbsolutePath());
            return List.of();
        }
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list corpus folder " + folder, e);
        }
    }

    /** The file's text; an IOException says why it cannot be read (not valid UTF-8, say). */
    static String read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("not valid UTF-8", e);
        }
    }
}

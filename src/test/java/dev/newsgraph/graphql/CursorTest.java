package dev.newsgraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class CursorTest {

    private static String encoded(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aCursorDecodesToThePositionItWasMadeFrom() {
        Cursor cursor = new Cursor("article", 42, "2024-06-19");
        assertEquals(cursor, Cursor.decode("article", cursor.encode()));
        assertNull(Cursor.decode("article", null));
    }

    @Test
    void aCursorOfAnotherListIsRefused() {
        String expertCursor = new Cursor("expert", 7, "Lim").encode();
        assertThrows(ApiException.BadUserInput.class, () -> Cursor.decode("article", expertCursor));
    }

    @Test
    void nonAsciiDigitsAreNoSecondSpellingOfAnId() {
        assertThrows(ApiException.BadUserInput.class, () -> Cursor.decode("article", encoded("article|١٢|")));
        assertThrows(ApiException.BadUserInput.class, () -> Cursor.decode("article", encoded("article|+12|")));
        assertEquals(12, Cursor.decode("article", encoded("article|12|")).id());
    }
}

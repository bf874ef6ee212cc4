package fr.mutualis.search.experience.domain;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Where a page of results ended, for deep pagination: the sort values of its last hit, opaque to clients
 * (URL-safe base64 of the values joined by a separator they cannot contain).
 */
public final class Cursor {

    private static final String SEPARATOR = "\u001f";

    private Cursor() {
    }

    public static String encode(List<String> sortValues) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(SEPARATOR, sortValues).getBytes(StandardCharsets.UTF_8));
    }

    public static List<String> decode(String cursor) {
        return Arrays.asList(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(SEPARATOR, -1));
    }

    public static boolean isValid(String cursor) {
        try {
            return cursor.length() <= 1000 && decode(cursor).size() == 2;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}

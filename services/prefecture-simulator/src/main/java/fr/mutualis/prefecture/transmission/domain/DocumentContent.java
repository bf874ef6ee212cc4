package fr.mutualis.prefecture.transmission.domain;

import java.io.IOException;
import java.io.InputStream;

/** The bytes of a received file, which may be read more than once (to check it, then to keep it). */
@FunctionalInterface
public interface DocumentContent {

    InputStream open() throws IOException;
}

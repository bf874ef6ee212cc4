package fr.mutualis.referential.territory.web;

/** No commune of the referential has the INSEE code asked for. */
class UnknownCommuneException extends RuntimeException {

    UnknownCommuneException() {
        super("No commune with this INSEE code");
    }
}

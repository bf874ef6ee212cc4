package fr.mutualis.demat.acte.web;

/** No document with this hash in an acte the caller may read. */
class DocumentNotFoundException extends RuntimeException {

    DocumentNotFoundException(String sha256) {
        super("No document " + fr.mutualis.web.problem.Problems.excerpt(sha256));
    }
}

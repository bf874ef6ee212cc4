package fr.mutualis.pdf.signature;

/** The document could not be signed: not a PDF that can be signed, or a key that cannot sign it then. */
public class PdfSignatureException extends RuntimeException {

    public PdfSignatureException(String message, Throwable cause) {
        super(message, cause);
    }
}

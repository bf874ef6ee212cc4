package fr.mutualis.marches.opening.application;

/** The caller holds neither key of the consultation: they cannot open its bids. */
public class NotAKeyHolderException extends RuntimeException {

    public NotAKeyHolderException() {
        super("Seuls les détenteurs d'une clé de la consultation (principale ou de secours) ouvrent ses offres.");
    }
}

package fr.mutualis.marches.consultation.domain;

/**
 * One of the two people who can open a consultation's bids, and their key pair: the public key seals each bid, the
 * private key is sealed under a passphrase that only they know (ADR 0025).
 *
 * @param role  {@code principal}, the buyer's agent who opens, or {@code secours}, who opens when the first cannot
 * @param email the key holder, an agent or élu of the buyer
 */
public record KeyHolder(String role, String email, byte[] publicKey, byte[] sealedPrivateKey) {

    public static final String PRINCIPAL = "principal";
    public static final String BACKUP = "secours";
}

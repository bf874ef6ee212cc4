package fr.mutualis.marches.deposit.domain;

/**
 * A file of a deposit as its receipt lists it. The content is only kept sealed, under {@code sealedSha256}.
 *
 * @param sha256 of the content as the company sent it: what the receipt proves
 */
public record DepositedFile(String name, String mediaType, long size, String sha256, String sealedSha256) {
}

package fr.mutualis.prefecture.transmission.web;

/** No transmission of the signed-in tiers bears the identifier (another tiers' is not found either). */
class TransmissionNotFoundException extends RuntimeException {

    TransmissionNotFoundException() {
        super("No such transmission for this tiers");
    }
}

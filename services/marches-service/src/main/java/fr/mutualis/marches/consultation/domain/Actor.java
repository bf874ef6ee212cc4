package fr.mutualis.marches.consultation.domain;

/**
 * Who acts, as the domain needs to know them.
 *
 * @param email   identifies a person: key holders, depositors (ProConnect's {@code email})
 * @param siren   the collectivité of an agent or élu, the company of a company's representative
 * @param siret   the establishment the token names: a company deposits in the name of this one
 * @param member  an agent or élu of a member collectivité: a buyer
 * @param company a company's representative (role {@code entreprise})
 */
public record Actor(String email, String name, String siren, String siret, boolean member, boolean company) {

    /** An agent or élu of {@code buyer}: who may read its drafts and act on its consultations. */
    public boolean buys(String buyer) {
        return member && buyer.equals(siren);
    }

    /** The platform itself: the deadline passing, the demonstration data. */
    public static Actor platform() {
        return new Actor("plateforme", "Plateforme Mutualis", "", "", false, false);
    }
}

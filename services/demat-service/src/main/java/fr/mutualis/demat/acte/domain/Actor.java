package fr.mutualis.demat.acte.domain;

/**
 * Who acts, as the domain needs to know them.
 *
 * @param email identifies a person in circuits and delegations (ProConnect's {@code email})
 * @param agent an agent of their collectivité, who drafts and transmits actes
 * @param elu   an élu of their collectivité, who may sign as the assembly's executive
 */
public record Actor(String email, String name, String siren, boolean agent, boolean elu) {

    /** An agent or élu of {@code collectivite}: who may read its drafts and act on its actes. */
    public boolean belongsTo(String collectivite) {
        return (agent || elu) && collectivite.equals(siren);
    }

    /** The platform itself (the préfecture's answers, read by the transmission). */
    public static Actor platform(String siren) {
        return new Actor("plateforme", "Plateforme Mutualis", siren, false, false);
    }
}

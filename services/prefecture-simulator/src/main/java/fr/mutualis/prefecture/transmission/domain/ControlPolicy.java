package fr.mutualis.prefecture.transmission.domain;

import java.util.Comparator;
import java.util.Optional;
import java.util.Set;

/**
 * What the simulated préfecture does with an acte, by its nature and matière: refuse it, or acknowledge it and then
 * ask for additional pieces. A matière is a level-1 code ({@code 9}) or codes down to a deeper level ({@code 9.4}).
 */
public record ControlPolicy(Set<Integer> refusedNatures, Set<String> refusedMatieres, Set<Integer> complementNatures,
                            Set<String> complementMatieres, String complementMessage) {

    public ControlPolicy {
        refusedNatures = Set.copyOf(refusedNatures);
        refusedMatieres = Set.copyOf(refusedMatieres);
        complementNatures = Set.copyOf(complementNatures);
        complementMatieres = Set.copyOf(complementMatieres);
        for (String matiere : refusedMatieres) {
            requireMatiere(matiere);
        }
        for (String matiere : complementMatieres) {
            requireMatiere(matiere);
        }
        if (complementMessage == null || complementMessage.isBlank()) {
            throw new IllegalArgumentException("The complement request needs a message");
        }
    }

    /** Why the préfecture refuses this transmission, if it does. */
    public Optional<String> refusalOf(Transmission transmission) {
        NatureActe nature = transmission.nature();
        if (refusedNatures.contains(nature.code())) {
            return Optional.of("Acte refusé : la préfecture n'accepte pas les actes de nature « " + nature.label()
                    + " » (code " + nature.code() + ") par télétransmission.");
        }
        return matching(transmission.classification(), refusedMatieres)
                .map(matiere -> "Acte refusé : la matière " + matiere + " n'est pas soumise au contrôle de légalité "
                        + "par télétransmission (matière de l'acte : " + transmission.classification().code() + ").");
    }

    /** The préfecture's request for additional pieces once this transmission is acknowledged, if it asks for some. */
    public Optional<String> complementFor(Transmission transmission) {
        boolean asked = complementNatures.contains(transmission.nature().code())
                || matching(transmission.classification(), complementMatieres).isPresent();
        return asked ? Optional.of(complementMessage) : Optional.empty();
    }

    /** The most precise configured matière the classification falls under. */
    private static Optional<String> matching(Classification classification, Set<String> matieres) {
        return matieres.stream().filter(classification::isUnder).max(Comparator.comparingInt(String::length));
    }

    private static void requireMatiere(String matiere) {
        if (!Classification.isMatiere(matiere)) {
            throw new IllegalArgumentException("Not a matière code (e.g. 9 or 9.4): " + matiere);
        }
    }
}

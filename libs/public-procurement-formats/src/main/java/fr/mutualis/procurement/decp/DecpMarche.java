package fr.mutualis.procurement.decp;

import fr.mutualis.procurement.cpv.CpvCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The essential data (DECP 2.0.3) of one marché public, as an acheteur's profile publishes them. Required properties
 * are non-null; optional ones are {@code null} or empty lists and are then left out of the document. Bounds, patterns
 * and list sizes are checked by {@link DecpSchemaValidator}, the authority on the format. Build with {@link #builder()}.
 *
 * @param acheteurId SIRET of the acheteur, or of the mandataire of a groupement d'acheteurs
 * @param codeCPV written without its check digit, as the format recommends
 * @param montant amount HT, flat or estimated maximum, in euros
 * @param tauxAvance 0.1 for 10 %; 0 when an avance is granted at an unknown rate
 * @param origineUE share of products from the EU, 0 to 1, only for the supplies the arrêté lists
 */
public record DecpMarche(String id, String acheteurId, Nature nature, String objet, CpvCode codeCPV,
        Procedure procedure, List<Technique> techniques, List<ModaliteExecution> modalitesExecution,
        String idAccordCadre, boolean marcheInnovant, Ccag ccag, int offresRecues, boolean attributionAvance,
        BigDecimal tauxAvance, List<Titulaire> titulaires, TypeGroupementOperateurs typeGroupementOperateurs,
        boolean sousTraitanceDeclaree, List<ActeSousTraitance> actesSousTraitance, LieuExecution lieuExecution,
        int dureeMois, LocalDate dateNotification, LocalDate datePublicationDonnees, BigDecimal montant,
        FormePrix formePrix, List<TypePrix> typesPrix, BigDecimal origineUE, BigDecimal origineFrance,
        List<ConsiderationSociale> considerationsSociales,
        List<ConsiderationEnvironnementale> considerationsEnvironnementales, List<Modification> modifications) {

    public DecpMarche {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(acheteurId, "acheteurId");
        Objects.requireNonNull(nature, "nature");
        Objects.requireNonNull(objet, "objet");
        Objects.requireNonNull(codeCPV, "codeCPV");
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(ccag, "ccag");
        Objects.requireNonNull(typeGroupementOperateurs, "typeGroupementOperateurs");
        Objects.requireNonNull(lieuExecution, "lieuExecution");
        Objects.requireNonNull(dateNotification, "dateNotification");
        Objects.requireNonNull(datePublicationDonnees, "datePublicationDonnees");
        Objects.requireNonNull(montant, "montant");
        Objects.requireNonNull(formePrix, "formePrix");
        techniques = List.copyOf(Objects.requireNonNull(techniques, "techniques"));
        modalitesExecution = List.copyOf(Objects.requireNonNull(modalitesExecution, "modalitesExecution"));
        titulaires = List.copyOf(Objects.requireNonNull(titulaires, "titulaires"));
        typesPrix = List.copyOf(Objects.requireNonNull(typesPrix, "typesPrix"));
        considerationsSociales = List.copyOf(Objects.requireNonNull(considerationsSociales, "considerationsSociales"));
        considerationsEnvironnementales = List.copyOf(
                Objects.requireNonNull(considerationsEnvironnementales, "considerationsEnvironnementales"));
        actesSousTraitance = actesSousTraitance == null ? List.of() : List.copyOf(actesSousTraitance);
        modifications = modifications == null ? List.of() : List.copyOf(modifications);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The current amount: that of the latest modification which changed it, else the initial one. */
    public BigDecimal montantActuel() {
        return modifications.stream().map(Modification::montant).filter(Objects::nonNull)
                .reduce((first, second) -> second).orElse(montant);
    }

    /** The current duration in months: that of the latest modification which changed it, else the initial one. */
    public int dureeMoisActuelle() {
        return modifications.stream().map(Modification::dureeMois).filter(Objects::nonNull)
                .reduce((first, second) -> second).orElse(dureeMois);
    }

    /** The current titulaires: those of the latest modification which changed them, else the initial ones. */
    public List<Titulaire> titulairesActuels() {
        return modifications.stream().map(Modification::titulaires).filter(list -> !list.isEmpty())
                .reduce((first, second) -> second).orElse(titulaires);
    }

    /** Thirty named arguments are easier to read, and to review, than thirty positional ones. */
    public static final class Builder {

        private String id;
        private String acheteurId;
        private Nature nature;
        private String objet;
        private CpvCode codeCPV;
        private Procedure procedure;
        private List<Technique> techniques;
        private List<ModaliteExecution> modalitesExecution;
        private String idAccordCadre;
        private boolean marcheInnovant;
        private Ccag ccag;
        private int offresRecues;
        private boolean attributionAvance;
        private BigDecimal tauxAvance;
        private List<Titulaire> titulaires;
        private TypeGroupementOperateurs typeGroupementOperateurs;
        private boolean sousTraitanceDeclaree;
        private List<ActeSousTraitance> actesSousTraitance;
        private LieuExecution lieuExecution;
        private int dureeMois;
        private LocalDate dateNotification;
        private LocalDate datePublicationDonnees;
        private BigDecimal montant;
        private FormePrix formePrix;
        private List<TypePrix> typesPrix;
        private BigDecimal origineUE;
        private BigDecimal origineFrance;
        private List<ConsiderationSociale> considerationsSociales;
        private List<ConsiderationEnvironnementale> considerationsEnvironnementales;
        private List<Modification> modifications;

        private Builder() {
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder acheteurId(String acheteurId) {
            this.acheteurId = acheteurId;
            return this;
        }

        public Builder nature(Nature nature) {
            this.nature = nature;
            return this;
        }

        public Builder objet(String objet) {
            this.objet = objet;
            return this;
        }

        public Builder codeCPV(CpvCode codeCPV) {
            this.codeCPV = codeCPV;
            return this;
        }

        public Builder procedure(Procedure procedure) {
            this.procedure = procedure;
            return this;
        }

        public Builder techniques(Technique... techniques) {
            this.techniques = List.of(techniques);
            return this;
        }

        public Builder modalitesExecution(ModaliteExecution... modalitesExecution) {
            this.modalitesExecution = List.of(modalitesExecution);
            return this;
        }

        public Builder idAccordCadre(String idAccordCadre) {
            this.idAccordCadre = idAccordCadre;
            return this;
        }

        public Builder marcheInnovant(boolean marcheInnovant) {
            this.marcheInnovant = marcheInnovant;
            return this;
        }

        public Builder ccag(Ccag ccag) {
            this.ccag = ccag;
            return this;
        }

        public Builder offresRecues(int offresRecues) {
            this.offresRecues = offresRecues;
            return this;
        }

        public Builder attributionAvance(boolean attributionAvance) {
            this.attributionAvance = attributionAvance;
            return this;
        }

        public Builder tauxAvance(BigDecimal tauxAvance) {
            this.tauxAvance = tauxAvance;
            return this;
        }

        public Builder titulaires(Titulaire... titulaires) {
            this.titulaires = List.of(titulaires);
            return this;
        }

        public Builder typeGroupementOperateurs(TypeGroupementOperateurs typeGroupementOperateurs) {
            this.typeGroupementOperateurs = typeGroupementOperateurs;
            return this;
        }

        public Builder sousTraitanceDeclaree(boolean sousTraitanceDeclaree) {
            this.sousTraitanceDeclaree = sousTraitanceDeclaree;
            return this;
        }

        public Builder actesSousTraitance(ActeSousTraitance... actesSousTraitance) {
            this.actesSousTraitance = List.of(actesSousTraitance);
            return this;
        }

        public Builder lieuExecution(LieuExecution lieuExecution) {
            this.lieuExecution = lieuExecution;
            return this;
        }

        public Builder dureeMois(int dureeMois) {
            this.dureeMois = dureeMois;
            return this;
        }

        public Builder dateNotification(LocalDate dateNotification) {
            this.dateNotification = dateNotification;
            return this;
        }

        public Builder datePublicationDonnees(LocalDate datePublicationDonnees) {
            this.datePublicationDonnees = datePublicationDonnees;
            return this;
        }

        public Builder montant(BigDecimal montant) {
            this.montant = montant;
            return this;
        }

        public Builder formePrix(FormePrix formePrix) {
            this.formePrix = formePrix;
            return this;
        }

        public Builder typesPrix(TypePrix... typesPrix) {
            this.typesPrix = List.of(typesPrix);
            return this;
        }

        public Builder origineUE(BigDecimal origineUE) {
            this.origineUE = origineUE;
            return this;
        }

        public Builder origineFrance(BigDecimal origineFrance) {
            this.origineFrance = origineFrance;
            return this;
        }

        public Builder considerationsSociales(ConsiderationSociale... considerationsSociales) {
            this.considerationsSociales = List.of(considerationsSociales);
            return this;
        }

        public Builder considerationsEnvironnementales(ConsiderationEnvironnementale... considerations) {
            this.considerationsEnvironnementales = List.of(considerations);
            return this;
        }

        public Builder modifications(Modification... modifications) {
            this.modifications = List.of(modifications);
            return this;
        }

        public DecpMarche build() {
            return new DecpMarche(id, acheteurId, nature, objet, codeCPV, procedure, techniques, modalitesExecution,
                    idAccordCadre, marcheInnovant, ccag, offresRecues, attributionAvance, tauxAvance, titulaires,
                    typeGroupementOperateurs, sousTraitanceDeclaree, actesSousTraitance, lieuExecution, dureeMois,
                    dateNotification, datePublicationDonnees, montant, formePrix, typesPrix, origineUE,
                    origineFrance, considerationsSociales, considerationsEnvironnementales, modifications);
        }
    }
}

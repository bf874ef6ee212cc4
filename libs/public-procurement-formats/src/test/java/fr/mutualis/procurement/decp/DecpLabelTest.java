package fr.mutualis.procurement.decp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DecpLabelTest {

    @Test
    void findsAValueByItsExactLabel() {
        assertThat(Procedure.fromLabel("Procédure adaptée")).isEqualTo(Procedure.PROCEDURE_ADAPTEE);
        assertThat(TypeIdentifiant.fromLabel("HORS-UE")).isEqualTo(TypeIdentifiant.HORS_UE);
        assertThat(Ccag.fromLabel("Maitrise d'œuvre")).isEqualTo(Ccag.MAITRISE_D_OEUVRE);
    }

    @Test
    void refusesAnApproximateLabelListingTheAcceptedOnesInFrench() {
        assertThatThrownBy(() -> Procedure.fromLabel("procédure adaptée"))
                .isInstanceOfSatisfying(UnknownDecpLabelException.class, e -> assertThat(e.property()).isEqualTo("procedure"))
                .hasMessageContaining("Valeur « procédure adaptée » non reconnue pour procedure")
                .hasMessageContaining("« Procédure adaptée », « Appel d'offres ouvert »");
    }
}

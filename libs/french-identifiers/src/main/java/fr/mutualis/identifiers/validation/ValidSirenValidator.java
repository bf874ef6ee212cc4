package fr.mutualis.identifiers.validation;

import fr.mutualis.identifiers.InseeIdentifiers;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidSiren}, and says which part is wrong. */
public class ValidSirenValidator implements ConstraintValidator<ValidSiren, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        String digits = InseeIdentifiers.digitsOf(value);
        if (InseeIdentifiers.isSiren(digits)) {
            return true;
        }
        String message = InseeIdentifiers.hasDigits(digits, InseeIdentifiers.SIREN_LENGTH)
                ? "Le numéro SIREN est invalide : sa clé de contrôle (algorithme de Luhn) ne correspond pas. "
                        + "Vérifiez qu'aucun chiffre n'a été inversé ou mal recopié."
                : "Le numéro SIREN est invalide : il doit comporter exactement 9 chiffres.";
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
        return false;
    }
}

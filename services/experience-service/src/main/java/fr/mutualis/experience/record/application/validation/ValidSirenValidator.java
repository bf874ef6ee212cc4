package fr.mutualis.experience.record.application.validation;

import fr.mutualis.experience.record.domain.Siren;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidSiren} with the domain's rule, and says which part is wrong. */
class ValidSirenValidator implements ConstraintValidator<ValidSiren, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || Siren.isValid(value)) {
            return true;
        }
        String message = value.replace(" ", "").matches("[0-9]{9}")
                ? "Le numéro SIREN est invalide : sa clé de contrôle (algorithme de Luhn) ne correspond pas. "
                        + "Vérifiez qu'aucun chiffre n'a été inversé ou mal recopié."
                : "Le numéro SIREN est invalide : il doit comporter exactement 9 chiffres.";
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
        return false;
    }
}

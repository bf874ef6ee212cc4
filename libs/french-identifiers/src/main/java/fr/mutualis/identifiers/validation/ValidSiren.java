package fr.mutualis.identifiers.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A valid SIREN: 9 digits (spaces allowed between groups, as in « 223 300 019 ») with a right Luhn key. {@code null}
 * is valid. The message says which of the two is wrong. What it accepts is kept, looked up and stored as
 * {@link fr.mutualis.identifiers.InseeIdentifiers#digitsOf digits only}.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidSirenValidator.class)
public @interface ValidSiren {

    String message() default "Le numéro SIREN est invalide.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}

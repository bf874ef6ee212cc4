package fr.mutualis.experience.record.application.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One exact e-mail address, as the record's contact and the DPO's erasure request both need it: the domain's rule
 * ({@link fr.mutualis.experience.record.domain.Contact#EMAIL_ADDRESS}) and the event contract's {@code email}
 * format. {@code null} is valid.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = EmailAddressValidator.class)
public @interface EmailAddress {

    String message() default "L'adresse électronique est invalide : indiquez une seule adresse exacte, "
            + "par exemple prenom.nom@mairie.fr (sans caractère générique ni espace).";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}

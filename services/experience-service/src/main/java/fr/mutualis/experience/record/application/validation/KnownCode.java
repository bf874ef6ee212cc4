package fr.mutualis.experience.record.application.validation;

import fr.mutualis.experience.record.domain.Coded;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A code of the code list {@link #value()}, e.g. {@code open-data} for the axes. {@code null} is valid. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownCodeValidator.class)
public @interface KnownCode {

    /** The code list: an enum implementing {@link Coded}. */
    Class<? extends Coded> value();

    /** What the list is, in French, e.g. "L'axe": starts the error message. */
    String subject();

    /** Whether {@link #subject()} is feminine ("L'étape"), so that the message says « inconnue », agreeing with it. */
    boolean feminine() default false;

    String message() default "Code inconnu.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}

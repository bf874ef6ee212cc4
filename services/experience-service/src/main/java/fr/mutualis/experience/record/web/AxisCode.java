package fr.mutualis.experience.record.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The code of one of the study's axes, e.g. {@code open-data}. {@code null} is valid. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = AxisCodeValidator.class)
public @interface AxisCode {

    String message() default "Axe inconnu.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}

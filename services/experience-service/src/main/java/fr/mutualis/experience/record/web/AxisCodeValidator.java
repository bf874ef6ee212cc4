package fr.mutualis.experience.record.web;

import fr.mutualis.experience.record.domain.Axis;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Checks {@link AxisCode}; the message repeats the unknown code and lists the valid ones. */
class AxisCodeValidator implements ConstraintValidator<AxisCode, String> {

    private static final String MESSAGE = "L'axe « {code} » est inconnu. Codes valides : "
            + String.join(", ", Axis.codes()) + ".";

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || Axis.find(value).isPresent()) {
            return true;
        }
        // The code is a message parameter, never part of the template: a client's text is not interpolated.
        HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
        hibernate.addMessageParameter("code", value);
        hibernate.disableDefaultConstraintViolation();
        hibernate.buildConstraintViolationWithTemplate(MESSAGE).addConstraintViolation();
        return false;
    }
}

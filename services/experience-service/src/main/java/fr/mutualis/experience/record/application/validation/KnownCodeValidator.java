package fr.mutualis.experience.record.application.validation;

import fr.mutualis.experience.record.domain.Coded;
import fr.mutualis.web.problem.Problems;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Arrays;
import java.util.List;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Checks {@link KnownCode}; the message names the unknown code (an excerpt) and lists the valid ones. */
class KnownCodeValidator implements ConstraintValidator<KnownCode, String> {

    private List<String> codes;
    private String message;

    @Override
    public void initialize(KnownCode annotation) {
        codes = Arrays.stream(annotation.value().getEnumConstants()).map(Coded::code).toList();
        message = annotation.subject() + " « {code} » est " + (annotation.feminine() ? "inconnue" : "inconnu")
                + ". Codes valides : " + String.join(", ", codes) + ".";
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || codes.contains(value)) {
            return true;
        }
        // The code is a message parameter, never part of the template: a client's text is not interpolated.
        HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
        hibernate.addMessageParameter("code", Problems.excerpt(value));
        hibernate.disableDefaultConstraintViolation();
        hibernate.buildConstraintViolationWithTemplate(message).addConstraintViolation();
        return false;
    }
}

package fr.mutualis.experience.record.application.validation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.experience.record.domain.Axis;
import fr.mutualis.experience.record.domain.ProjectStep;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.validation.beanvalidation.SpringConstraintValidatorFactory;

class KnownCodeValidatorTest {

    record Form(@KnownCode(value = ProjectStep.class, subject = "L'étape", feminine = true) String step,
                @KnownCode(value = Axis.class, subject = "L'axe") String axis) {
    }

    private static ValidatorFactory factory;
    private static Validator validator;

    /** Validators built by Spring, as in the service: they are package-private. */
    @BeforeAll
    static void validator() {
        factory = Validation.byDefaultProvider().configure()
                .constraintValidatorFactory(new SpringConstraintValidatorFactory(new DefaultListableBeanFactory()))
                .buildValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void theMessageAgreesWithAFeminineSubject() {
        assertThat(messages(new Form("termine", null)))
                .containsExactly("L'étape « termine » est inconnue. Codes valides : en-reflexion, en-cours, realise, abandonne.");
    }

    @Test
    void theMessageAgreesWithAMasculineSubject() {
        assertThat(messages(new Form(null, "blockchain"))).singleElement().asString()
                .startsWith("L'axe « blockchain » est inconnu. Codes valides : ");
    }

    @Test
    void knownCodesAndAbsentOnesPass() {
        assertThat(messages(new Form("en-cours", null))).isEmpty();
    }

    private static List<String> messages(Form form) {
        Set<ConstraintViolation<Form>> violations = validator.validate(form);
        return violations.stream().map(ConstraintViolation::getMessage).toList();
    }
}

package fr.mutualis.experience.record.application.validation;

import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import fr.mutualis.experience.record.domain.Contact;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;

/**
 * Checks {@link EmailAddress}. The contract's {@code email} format is checked by the validator the outbox uses, since
 * it knows the list of top-level domains ({@code .frr} is a typo no pattern can tell from {@code .fr}): an address
 * accepted here never makes the record's event break its contract.
 */
class EmailAddressValidator implements ConstraintValidator<EmailAddress, String> {

    private static final Pattern DOMAIN_RULE = Pattern.compile(Contact.EMAIL_ADDRESS);
    private static final JsonSchema CONTRACT_FORMAT = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema("{\"type\": \"string\", \"format\": \"email\"}",
                    SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());

    /** Blank is valid, as absent: {@code @NotBlank} says when an address is required. */
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        String address = value == null ? "" : value.strip();
        return address.isEmpty() || address.length() <= Contact.EMAIL_MAX_LENGTH
                && DOMAIN_RULE.matcher(address).matches()
                && CONTRACT_FORMAT.validate(TextNode.valueOf(address)).isEmpty();
    }
}

package fr.mutualis.experience.record.domain;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * The person other collectivités may call about the project. Personal data: shown only with the person's consent,
 * recorded with its date, and erased everywhere on request.
 *
 * @param consentAt when the person agreed to be shown as the contact
 */
public record Contact(String name, String role, String email, String phone, Instant consentAt) {

    /**
     * One exact mailbox: dot-separated words of letters, digits and {@code _ ' + -} before the {@code @}, a host name
     * with a top-level domain of letters after it. Narrower than RFC 5322 on purpose: no wildcard nor quoted part, so
     * that an address both names one person and can be matched when that person asks for erasure.
     */
    public static final String EMAIL_ADDRESS = "[A-Za-z0-9_'+-]+(\\.[A-Za-z0-9_'+-]+)*"
            + "@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}";
    public static final int EMAIL_MAX_LENGTH = 254;

    private static final Pattern EMAIL = Pattern.compile(EMAIL_ADDRESS);

    public Contact {
        name = Texts.required(name, "contact.name", 200);
        role = Texts.optional(role, "contact.role", 200);
        email = Texts.optional(email, "contact.email", EMAIL_MAX_LENGTH);
        phone = Texts.optional(phone, "contact.phone", 30);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new ExperienceRecordRuleException("contact.email", "The e-mail address is not valid");
        }
        if (consentAt == null) {
            throw new ExperienceRecordRuleException("contact.consent",
                    "A contact is shown only with the person's consent");
        }
    }
}

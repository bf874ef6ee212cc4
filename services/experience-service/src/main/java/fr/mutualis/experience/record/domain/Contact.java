package fr.mutualis.experience.record.domain;

import java.time.Instant;

/**
 * The person other collectivités may call about the project. Personal data: shown only with the person's consent,
 * recorded with its date, and erased everywhere on request.
 *
 * @param consentAt when the person agreed to be shown as the contact
 */
public record Contact(String name, String role, String email, String phone, Instant consentAt) {

    public Contact {
        name = Texts.required(name, "contact.name", 200);
        role = Texts.optional(role, "contact.role", 200);
        email = Texts.optional(email, "contact.email", 254);
        phone = Texts.optional(phone, "contact.phone", 30);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new ExperienceRecordRuleException("contact.email", "The e-mail address is not valid");
        }
        if (consentAt == null) {
            throw new ExperienceRecordRuleException("contact.consent",
                    "A contact is shown only with the person's consent");
        }
    }
}

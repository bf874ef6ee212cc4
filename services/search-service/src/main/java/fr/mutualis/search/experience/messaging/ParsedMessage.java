package fr.mutualis.search.experience.messaging;

import fr.mutualis.search.experience.application.ExperienceEvent;

/** What a valid message on the experience topic turned out to be. */
sealed interface ParsedMessage permits ParsedMessage.Known, ParsedMessage.UnknownType {

    /** An event the service understands. */
    record Known(ExperienceEvent event) implements ParsedMessage {
    }

    /** A well-formed envelope whose type this version does not know: skipped, for forward compatibility. */
    record UnknownType(String eventId, String eventType, String aggregateId) implements ParsedMessage {
    }
}

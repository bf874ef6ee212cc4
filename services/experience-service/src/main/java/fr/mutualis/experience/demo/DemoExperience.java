package fr.mutualis.experience.demo;

import fr.mutualis.experience.record.application.ExperienceRecordCommand;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One experience of the demonstration file: an API request body with what only demonstration data sets.
 *
 * @param id          fixed, so that loading again finds it
 * @param authority   name of the collectivité, for the people who read the file and the logs
 * @param status      {@code draft}, {@code published} or {@code archived}
 * @param publishedAt when it is said to have been published, to spread the demonstration over the years
 */
record DemoExperience(UUID id, String authority, String status, Instant publishedAt, ExperienceRecordCommand content) {

    /** The entries of a demonstration file: a JSON array of request bodies with the fields above. */
    static List<DemoExperience> readAll(JsonMapper json, InputStream in) {
        List<DemoExperience> experiences = new ArrayList<>();
        for (JsonNode entry : json.readTree(in)) {
            experiences.add(new DemoExperience(
                    UUID.fromString(entry.required("id").asString()),
                    entry.required("authority").asString(),
                    entry.path("status").asString("published"),
                    entry.hasNonNull("publishedAt") ? Instant.parse(entry.get("publishedAt").asString()) : null,
                    json.treeToValue(entry, ExperienceRecordCommand.class)));
        }
        return experiences;
    }
}

package fr.mutualis.experience.demo;

import java.util.List;
import java.util.UUID;

/**
 * One experience of the demonstration file.
 *
 * @param id        fixed, so that loading again finds it
 * @param authority name of the collectivité, for the people who read the file and the logs
 */
record DemoExperience(UUID id, String authority, String title, String summary, String siren, List<String> axes) {
}

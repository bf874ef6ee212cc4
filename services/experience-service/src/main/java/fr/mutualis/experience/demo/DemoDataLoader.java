package fr.mutualis.experience.demo;

import fr.mutualis.experience.record.application.ExperienceRecordService;
import fr.mutualis.experience.record.domain.ExperienceStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the demonstration experiences through the application service, so that they are validated like any other
 * and published through the outbox. Idempotent: an experience whose id is already stored is skipped, whatever its
 * current content.
 */
@Component
public class DemoDataLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final ExperienceRecordService service;
    private final JsonMapper json;
    private final Resource resource;

    DemoDataLoader(ExperienceRecordService service, JsonMapper json, ResourceLoader resources,
                   DemoProperties properties) {
        this.service = service;
        this.json = json;
        this.resource = resources.getResource(properties.location());
    }

    /** @return how many experiences were created and skipped */
    public Result load() {
        int created = 0;
        int skipped = 0;
        for (DemoExperience experience : read()) {
            boolean stored = service.createIfAbsent(experience.id(), experience.content(),
                    ExperienceStatus.fromCode(experience.status()), experience.publishedAt(), true);
            if (stored) {
                created++;
            } else {
                skipped++;
            }
        }
        log.info("Demonstration experiences from {}: {} created, {} already present", resource, created, skipped);
        return new Result(created, skipped);
    }

    private List<DemoExperience> read() {
        try (InputStream in = resource.getInputStream()) {
            return DemoExperience.readAll(json, in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demonstration experiences at " + resource, e);
        }
    }

    /**
     * @param created experiences stored by this load
     * @param skipped experiences whose id was already stored
     */
    public record Result(int created, int skipped) {
    }
}

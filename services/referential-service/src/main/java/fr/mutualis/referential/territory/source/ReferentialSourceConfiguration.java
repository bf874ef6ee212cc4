package fr.mutualis.referential.territory.source;

import fr.mutualis.referential.territory.application.Referential;
import fr.mutualis.referential.territory.domain.ImportReport;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where the official referential comes from ({@code mutualis.referential.source.*}), and its import at start-up
 * when the stored version is not the configured one: the service is ready only once the referential is there.
 */
@Configuration
class ReferentialSourceConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ReferentialSourceConfiguration.class);

    @Bean
    DecoupageArchive decoupageArchive(@Value("${mutualis.referential.source.version}") String version,
                                      @Value("${mutualis.referential.source.location}") String location,
                                      @Value("${mutualis.referential.source.integrity:}") String integrity,
                                      @Value("${mutualis.referential.source.cache-dir}") String cacheDir,
                                      JsonMapper json) {
        return new DecoupageArchive(new DecoupageArchive.ArchiveSource(version, location, integrity, Path.of(cacheDir)),
                Councils.shipped(), json);
    }

    @Bean
    @Order(1)
    ApplicationRunner importOnStartup(@Value("${mutualis.referential.import-on-startup:true}") boolean enabled,
                                      DecoupageArchive archive, Referential referential) {
        return arguments -> {
            if (!enabled || referential.lastImportedVersion().filter(archive.version()::equals).isPresent()) {
                return;
            }
            long started = System.nanoTime();
            ImportReport report = referential.importVersion(() -> archive.read());
            log.info("Referential {} imported in {} ms: added {}, updated {}, removed {}", report.version(),
                    (System.nanoTime() - started) / 1_000_000, report.added(), report.updated(), report.removed());
        };
    }
}

package fr.mutualis.service.referential;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Keeps referential-service's descriptions of collectivités for a while. Every write of a record, an acte or a
 * consultation describes its collectivité, while the referential changes when its monthly import runs or when the
 * syndicate's administrator registers a collectivité: without this, each write waited for a second HTTP request
 * (half of an agent's change, measured in docs/benchmarks/freshness.md).
 *
 * <p>Only what the referential knows is kept: a SIREN it does not know is asked again each time, so that a
 * collectivité registered a moment ago is found at once. Failures are never kept. A description changed by an import
 * is seen at the latest {@code timeToLive} later; it holds names and populations, never rights (adhesions are not
 * part of it).
 */
final class CachingReferentialClient implements ReferentialClient {

    private final ReferentialClient referential;
    private final Cache<String, CollectiviteDescriptor> collectivites;
    private final Cache<String, CollectiviteDescriptor> communes;

    CachingReferentialClient(ReferentialClient referential, Duration timeToLive, long maximumSize) {
        this.referential = Objects.requireNonNull(referential, "referential");
        this.collectivites = cache(timeToLive, maximumSize);
        this.communes = cache(timeToLive, maximumSize);
    }

    private static Cache<String, CollectiviteDescriptor> cache(Duration timeToLive, long maximumSize) {
        return Caffeine.newBuilder().expireAfterWrite(timeToLive).maximumSize(maximumSize).build();
    }

    @Override
    public Optional<CollectiviteDescriptor> collectivite(String siren) {
        return known(collectivites, siren, referential::collectivite);
    }

    @Override
    public Optional<CollectiviteDescriptor> commune(String inseeCode) {
        return known(communes, inseeCode, referential::commune);
    }

    @Override
    public Optional<Health> readiness() {
        return referential.readiness();
    }

    private static Optional<CollectiviteDescriptor> known(Cache<String, CollectiviteDescriptor> cache, String key,
                                                          Function<String, Optional<CollectiviteDescriptor>> ask) {
        CollectiviteDescriptor kept = cache.getIfPresent(key);
        if (kept != null) {
            return Optional.of(kept);
        }
        Optional<CollectiviteDescriptor> answer = ask.apply(key);
        answer.ifPresent(descriptor -> cache.put(key, descriptor));
        return answer;
    }
}

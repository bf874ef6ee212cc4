package fr.mutualis.prefecture.transmission.application;

import java.time.Duration;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the simulated préfecture answers ({@code mutualis.prefecture.*}; defaults in application.yml).
 *
 * @param acknowledgementDelay how long a transmission waits before it is examined
 * @param pollInterval         how often waiting transmissions are looked for
 * @param refusedNatures       natures (1 to 6) refused
 * @param refusedMatieres      matières refused: a level-1 code ({@code 9}) or codes down to a deeper level
 *                             ({@code 9.4})
 * @param complementNatures    natures for which additional pieces are asked once acknowledged
 * @param complementMatieres   matières for which additional pieces are asked once acknowledged
 * @param complementMessage    the request's message
 */
@ConfigurationProperties("mutualis.prefecture")
public record PrefectureProperties(Duration acknowledgementDelay, Duration pollInterval, Set<Integer> refusedNatures,
                                   Set<String> refusedMatieres, Set<Integer> complementNatures,
                                   Set<String> complementMatieres, String complementMessage) {

    public PrefectureProperties {
        acknowledgementDelay = acknowledgementDelay == null ? Duration.ofSeconds(1) : acknowledgementDelay;
        pollInterval = pollInterval == null ? Duration.ofMillis(500) : pollInterval;
        refusedNatures = refusedNatures == null ? Set.of() : refusedNatures;
        refusedMatieres = refusedMatieres == null ? Set.of() : refusedMatieres;
        complementNatures = complementNatures == null ? Set.of() : complementNatures;
        complementMatieres = complementMatieres == null ? Set.of() : complementMatieres;
        complementMessage = complementMessage == null || complementMessage.isBlank()
                ? "Merci de transmettre les pièces complémentaires nécessaires au contrôle de légalité."
                : complementMessage;
        if (acknowledgementDelay.isNegative()) {
            throw new IllegalStateException("mutualis.prefecture.acknowledgement-delay must not be negative");
        }
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalStateException("mutualis.prefecture.poll-interval must be positive");
        }
    }
}

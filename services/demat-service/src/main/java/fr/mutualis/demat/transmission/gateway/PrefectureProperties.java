package fr.mutualis.demat.transmission.gateway;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The tiers de télétransmission's address and the platform's credentials there (HTTP Basic over loopback here; a
 * client certificate with a real tiers). The password comes by environment and is never logged.
 */
@ConfigurationProperties("mutualis.demat.prefecture")
public record PrefectureProperties(URI url, String login, String password, Duration pollInterval) {

    public PrefectureProperties {
        login = login == null ? "mutualis-demat" : login;
        pollInterval = pollInterval == null ? Duration.ofSeconds(2) : pollInterval;
    }

    @Override
    public String toString() {
        return "PrefectureProperties[url=" + url + ", login=" + login + "]";
    }
}

package fr.mutualis.identity.key;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Checks at start-up, then daily ({@code mutualis.identity.key-rotation-check}), whether the signing key is due. */
@Component
@Order(10)
class KeyRotationSchedule implements ApplicationRunner {

    private final SigningKeys keys;

    KeyRotationSchedule(SigningKeys keys) {
        this.keys = keys;
    }

    @Override
    public void run(ApplicationArguments args) {
        keys.rotateIfDue();
    }

    @Scheduled(cron = "${mutualis.identity.key-rotation-check:0 0 3 * * *}")
    void daily() {
        keys.rotateIfDue();
    }
}

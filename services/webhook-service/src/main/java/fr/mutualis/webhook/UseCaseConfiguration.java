package fr.mutualis.webhook;

import fr.mutualis.webhook.subscription.application.ManageSubscriptions;
import fr.mutualis.webhook.subscription.application.PurgeSettledDeliveries;
import fr.mutualis.webhook.subscription.application.RecordDeliveries;
import fr.mutualis.webhook.subscription.application.ReplayEvents;
import fr.mutualis.webhook.subscription.domain.DeliveryRepository;
import fr.mutualis.webhook.subscription.domain.EventLog;
import fr.mutualis.webhook.subscription.domain.RetryPolicy;
import fr.mutualis.webhook.subscription.domain.SubscriptionRepository;
import fr.mutualis.webhook.subscription.domain.SubscriptionRules;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.LinkedHashSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the framework-free use cases to the adapters and the settings. */
@Configuration(proxyBeanMethods = false)
class UseCaseConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    RetryPolicy retryPolicy(WebhookProperties properties) {
        WebhookProperties.Delivery delivery = properties.delivery();
        return new RetryPolicy(delivery.maxAttempts(), delivery.initialBackoff(), delivery.multiplier(),
                delivery.maxBackoff());
    }

    @Bean
    SubscriptionRules subscriptionRules(WebhookProperties properties) {
        return new SubscriptionRules(new LinkedHashSet<>(properties.topics()), properties.allowLoopbackHttp());
    }

    @Bean
    ManageSubscriptions manageSubscriptions(SubscriptionRepository subscriptions, DeliveryRepository deliveries,
                                            SubscriptionRules rules, Clock clock) {
        return new ManageSubscriptions(subscriptions, deliveries, rules, new SecureRandom(), clock);
    }

    @Bean
    ReplayEvents replayEvents(SubscriptionRepository subscriptions, DeliveryRepository deliveries, EventLog eventLog,
                              Clock clock) {
        return new ReplayEvents(subscriptions, deliveries, eventLog, clock);
    }

    @Bean
    RecordDeliveries recordDeliveries(SubscriptionRepository subscriptions, DeliveryRepository deliveries,
                                      Clock clock) {
        return new RecordDeliveries(subscriptions, deliveries, clock);
    }

    @Bean
    PurgeSettledDeliveries purgeSettledDeliveries(DeliveryRepository deliveries, WebhookProperties properties,
                                                  Clock clock) {
        return new PurgeSettledDeliveries(deliveries, properties.retention().settled(), clock);
    }
}

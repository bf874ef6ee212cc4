package fr.mutualis.webhook.subscription;

import fr.mutualis.audit.AuditTrail;
import fr.mutualis.webhook.WebhookProperties;
import fr.mutualis.webhook.subscription.application.ManageSubscriptions;
import fr.mutualis.webhook.subscription.application.PurgeSettledDeliveries;
import fr.mutualis.webhook.subscription.application.RecordDeliveries;
import fr.mutualis.webhook.subscription.application.ReplayEvents;
import fr.mutualis.webhook.subscription.domain.DeliveryRepository;
import fr.mutualis.webhook.subscription.domain.EndpointAddressPolicy;
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
    RetryPolicy retryPolicy(WebhookProperties properties) {
        WebhookProperties.Delivery delivery = properties.delivery();
        return new RetryPolicy(delivery.maxAttempts(), delivery.initialBackoff(), delivery.multiplier(),
                delivery.maxBackoff());
    }

    @Bean
    SubscriptionRules subscriptionRules(WebhookProperties properties, EndpointAddressPolicy addresses) {
        return new SubscriptionRules(new LinkedHashSet<>(properties.topics()), addresses);
    }

    @Bean
    EndpointAddressPolicy endpointAddressPolicy(WebhookProperties properties) {
        return EndpointAddressPolicy.systemResolver(properties.allowLoopbackHttp());
    }

    @Bean
    ManageSubscriptions manageSubscriptions(SubscriptionRepository subscriptions, DeliveryRepository deliveries,
                                            SubscriptionRules rules, AuditTrail audit, Clock clock) {
        return new ManageSubscriptions(subscriptions, deliveries, rules, new SecureRandom(), audit, clock);
    }

    @Bean
    ReplayEvents replayEvents(SubscriptionRepository subscriptions, DeliveryRepository deliveries, EventLog eventLog,
                              AuditTrail audit, Clock clock) {
        return new ReplayEvents(subscriptions, deliveries, eventLog, audit, clock);
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

package fr.mutualis.webhook.subscription.domain;

/** Sends one attempt of a delivery; never throws for what the receiver or the network does. */
public interface WebhookSender {

    AttemptResult send(WebhookRequest request);
}

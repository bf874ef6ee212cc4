/** What the features' Kafka listeners share: filling a freshly created index from the whole topic. */
@NamedInterface("messaging")
package fr.mutualis.search.shared.messaging;

import org.springframework.modulith.NamedInterface;

/** What both consumers throw for a message the shared error handler dead-letters at once. */
@NamedInterface("messaging")
package fr.mutualis.search.shared.messaging;

import org.springframework.modulith.NamedInterface;

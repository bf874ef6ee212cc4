package fr.mutualis.prefecture.transmission.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where the préfecture keeps its transmissions and their files. */
public interface TransmissionRepository {

    /** Stores a new transmission with its files (their bytes, size and SHA-256). */
    void add(Transmission transmission, List<ReceivedDocument> documents);

    /** The transmission {@code id} of {@code tiers}: another tiers' is not found. */
    Optional<Transmission> find(UUID id, String tiers);

    /** Like {@link #find}, locked until the end of the transaction. */
    Optional<Transmission> lock(UUID id, String tiers);

    /** Waiting transmissions received at or before {@code receivedBy}, oldest first, locked (others skipped). */
    List<Transmission> lockWaiting(Instant receivedBy, int limit);

    /** Another transmission whose acte the préfecture holds (acknowledged and not cancelled), if any. */
    Optional<Transmission> findHolding(String acteIdentifier, UUID other);

    /** Saves the status and history of a stored transmission. */
    void update(Transmission transmission);

    /** Adds files to a stored transmission. */
    void addDocuments(UUID id, List<ReceivedDocument> documents, Instant at);
}

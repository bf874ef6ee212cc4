package fr.mutualis.demat.acte.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where actes are kept, with their history. */
public interface ActeRepository {

    Optional<Acte> find(UUID id);

    /** Locked for the rest of the transaction: changes of one acte happen one after the other. */
    Optional<Acte> findForUpdate(UUID id);

    /** Inserts or updates the acte and appends its new history lines. */
    void save(Acte acte);

    /** Another acte of the collectivité already has this number in this year. */
    boolean numberTaken(String siren, int year, String numero, UUID except);

    List<HistoryEntry> history(UUID id);

    List<Acte> ofCollectivite(String siren, Optional<ActeState> state, int limit);

    /** Actes transmitted and waiting for the préfecture's answer, the longest unchecked first. */
    List<UUID> awaitingPrefecture(int limit);

    /** The préfecture's answer about the acte was read at {@code at}. */
    void prefectureChecked(UUID id, java.time.Instant at);

    /** Published or archived actes of a collectivité decided in a year, oldest first. */
    List<Acte> publishedIn(String siren, int year);
}

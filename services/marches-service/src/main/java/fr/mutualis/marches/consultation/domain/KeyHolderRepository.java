package fr.mutualis.marches.consultation.domain;

import java.util.List;
import java.util.UUID;

/** The key holders of each published consultation. */
public interface KeyHolderRepository {

    void save(UUID consultationId, List<KeyHolder> holders);

    List<KeyHolder> of(UUID consultationId);
}

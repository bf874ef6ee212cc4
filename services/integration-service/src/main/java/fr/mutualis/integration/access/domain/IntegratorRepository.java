package fr.mutualis.integration.access.domain;

import java.util.List;
import java.util.Optional;

public interface IntegratorRepository {

    /** False when an integrator of that name already exists (revoked ones included: names are never reused). */
    boolean insert(Integrator integrator);

    void update(Integrator integrator);

    Optional<Integrator> find(String name);

    List<Integrator> all();
}

package fr.mutualis.sample.clean.domain;

import java.util.Optional;

/** A port. */
public interface Things {

    Optional<Thing> find(String name);
}

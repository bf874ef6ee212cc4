package fr.mutualis.sample.clean.application;

import fr.mutualis.sample.clean.domain.Thing;
import fr.mutualis.sample.clean.domain.Things;

public class FindThing {

    private final Things things;

    public FindThing(Things things) {
        this.things = things;
    }

    public Thing find(String name) {
        return things.find(name).orElseThrow();
    }
}

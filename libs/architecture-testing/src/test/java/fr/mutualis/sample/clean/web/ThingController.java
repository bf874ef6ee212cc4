package fr.mutualis.sample.clean.web;

import fr.mutualis.sample.clean.application.FindThing;
import fr.mutualis.sample.clean.domain.Thing;

public class ThingController {

    private final FindThing findThing;

    public ThingController(FindThing findThing) {
        this.findThing = findThing;
    }

    public Thing get(String name) {
        return findThing.find(name);
    }
}

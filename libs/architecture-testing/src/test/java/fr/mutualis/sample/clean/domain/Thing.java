package fr.mutualis.sample.clean.domain;

public record Thing(String name) {
}

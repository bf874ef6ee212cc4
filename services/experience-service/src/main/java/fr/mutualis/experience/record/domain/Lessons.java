package fr.mutualis.experience.record.domain;

/** "Ce qu'on referait / ce qu'on ne referait pas": what the benchmark's readers look for first. */
public record Lessons(String wouldRedo, String wouldNotRedo) {

    public static final int MAX_LENGTH = 5000;

    public Lessons {
        wouldRedo = Texts.optional(wouldRedo, "lessons.wouldRedo", MAX_LENGTH);
        wouldNotRedo = Texts.optional(wouldNotRedo, "lessons.wouldNotRedo", MAX_LENGTH);
    }

    public boolean saysNothing() {
        return wouldRedo == null && wouldNotRedo == null;
    }
}

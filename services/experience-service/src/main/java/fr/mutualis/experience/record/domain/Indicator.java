package fr.mutualis.experience.record.domain;

/**
 * A measured result, as its collectivité states it, e.g. "Demandes traitées en ligne" / "62 %". The value is text:
 * results come as percentages, counts, durations or amounts, and their unit matters more than arithmetic here.
 */
public record Indicator(String label, String value) {

    public Indicator {
        label = Texts.required(label, "indicators.label", 200);
        value = Texts.required(value, "indicators.value", 100);
    }
}

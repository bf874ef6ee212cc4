package fr.mutualis.search.analytics.domain;

import java.time.Instant;

/**
 * One search as the journal keeps it: nothing about who made it.
 *
 * @param query     {@link KeptQuery} of the text typed
 * @param total     how many records it found (those of the spelling correction when the text found none)
 * @param corrected whether its results are those of a spelling correction
 * @param at        when, to the minute
 */
public record KeptSearch(String id, String query, long total, boolean corrected, Instant at) {
}

/**
 * The experience search: indexes the experience events and serves the French full-text search and its exports. Its
 * domain (queries, peers of a collectivité, the code lists' labels, the index's outcomes) is its API; the
 * benchmark builds on it.
 */
package fr.mutualis.search.experience;

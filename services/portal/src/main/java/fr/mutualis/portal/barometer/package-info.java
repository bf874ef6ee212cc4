/**
 * « Mon baromètre »: a collectivité's self-assessment at the barometer of digital innovation (the form, a simulation,
 * the profile with its reasons, the history) and charts comparing it with its peers, readable as tables. The rules
 * and the records are experience-service's, the peers' figures search-service's benchmark.
 */
package fr.mutualis.portal.barometer;

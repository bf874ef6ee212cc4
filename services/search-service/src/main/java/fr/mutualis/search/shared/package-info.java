/**
 * What the features use and none owns: the Elasticsearch client and its JSON calls, the barometer's indices (the
 * benchmark writes them, the experience search filters records by profile through them), versioned writes, facets
 * and parameters of the public searches, the replay of a topic into a fresh index, an index that cannot be reached,
 * an unknown reference collectivité. It depends on no feature: the features depend on it.
 */
package fr.mutualis.search.shared;

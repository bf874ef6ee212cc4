/**
 * What both features use and neither owns: the Elasticsearch client and its JSON calls, the barometer's indices (the
 * benchmark writes them, the experience search filters records by profile through them), an index that cannot be
 * reached, an unknown reference collectivité. It depends on no feature: both depend on it.
 */
package fr.mutualis.search.shared;

/** The published acte as the search holds it, the search's query and result, and the ports of the index. */
package fr.mutualis.search.acte.domain;

/** The published consultation as the search holds it, the search's query and result, and the ports of the index. */
package fr.mutualis.search.consultation.domain;

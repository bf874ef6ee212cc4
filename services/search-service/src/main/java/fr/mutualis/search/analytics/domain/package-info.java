/** The kept searches, their masking and the statistics, free of any framework. */
package fr.mutualis.search.analytics.domain;

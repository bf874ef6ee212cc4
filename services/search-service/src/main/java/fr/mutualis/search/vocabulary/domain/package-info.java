/** The vocabulary and how it expands a query's text, free of any framework. */
package fr.mutualis.search.vocabulary.domain;

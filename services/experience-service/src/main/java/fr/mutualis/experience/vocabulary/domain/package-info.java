/** The vocabulary's entries and their rules, free of any framework. */
package fr.mutualis.experience.vocabulary.domain;

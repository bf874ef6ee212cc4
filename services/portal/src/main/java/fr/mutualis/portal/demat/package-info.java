/**
 * Démat pages: the actes of the signed-in person's collectivité, their state history and the steps their role may
 * take (circuit, parapheur, transmission to the préfecture, publication, archiving), and the published actes anyone
 * may search. Every rule stays in demat-service; the pages only offer what it would accept.
 */
package fr.mutualis.portal.demat;

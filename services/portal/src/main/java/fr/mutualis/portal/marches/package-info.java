/**
 * Marchés publics pages: the published consultations anyone may read (lots, deadline in Paris time, DCE downloaded
 * through the portal so that marches-service writes it in the registre des retraits, answered questions), and for
 * the buyer's agents and élus their collectivité's consultations with their history and the steps the service
 * allows. Every rule stays in marches-service; the pages only offer what it would accept.
 */
package fr.mutualis.portal.marches;

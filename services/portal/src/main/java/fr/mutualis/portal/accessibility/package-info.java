/**
 * The accessibility statement (« Déclaration d'accessibilité », {@code /accessibilite}) in the RGAA's model structure,
 * rendered from the audit the browser tests made of every page ({@code accessibilite/audit.json}, written and checked
 * by tests/end-to-end's PortalAccessibilityStatementEndToEndTest).
 */
package fr.mutualis.portal.accessibility;

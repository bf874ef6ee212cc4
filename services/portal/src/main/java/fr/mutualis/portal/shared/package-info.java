/**
 * What every page of the portal shares: the sign-in ({@code signin}), the calls to the platform's services with the
 * signed-in user's token ({@code calls}) and the page layout with its error pages ({@code layout}).
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package fr.mutualis.portal.shared;

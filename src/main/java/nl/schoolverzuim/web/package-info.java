/**
 * Web plumbing shared by the capability packages: the one page layout's model (who is logged in, which links their role
 * may use), HTML escaping, paging parameters, and the Dutch application/problem+json answers of our own API
 * ({@link nl.schoolverzuim.web.ApiExceptionHandler}) and of Camunda's {@code /engine-rest}
 * ({@link nl.schoolverzuim.web.EngineRestFouten}). Each capability keeps its own controllers and templates.
 */
package nl.schoolverzuim.web;

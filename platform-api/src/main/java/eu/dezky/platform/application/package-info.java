/**
 * Application services: the flows behind the routes that take more than one command (claim an address, then create
 * what holds it; approve a domain's removal, then start it) and the short wait for the read model, so controllers only
 * translate HTTP. Business rules stay in the aggregates; these services order the commands and undo a half-done flow.
 */
package eu.dezky.platform.application;

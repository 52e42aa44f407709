/**
 * What every route shares: problem details for every error, reading path and body values with a 400 naming the
 * field, the lookups each tenant route starts with, and waiting briefly for the read model after a command.
 */
package eu.dezky.platform.web.http;

/**
 * Contract tests: the clients' requests and the simulators' responses checked against the vendors'
 * own OpenAPI files with Atlassian's swagger-request-validator, plus one wrong shape per system that
 * must fail, proving the check has teeth.
 */
package eu.dezky.adapters.contract;

/**
 * The small HTTP toolkit the simulators share: a loopback JDK server with a thread pool, and a
 * request wrapper that reads JSON and query parameters and writes JSON answers. It exists so each
 * simulator only describes its vendor's routes and rules.
 */
package eu.dezky.sandbox.http;

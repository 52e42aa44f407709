/**
 * The dezky engine as a Spring Boot service: HTTP controllers, security, configuration and wiring of the
 * domain, projections, sagas and adapters. Nothing configured means embedded defaults under the data directory.
 */
package eu.dezky.platform;

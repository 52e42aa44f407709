/**
 * Wiring of storage and Axon: JDBC stores, MongoDB (real or in-process), per-processor token stores,
 * aggregates and correlation data. Everything an operator can change is a property bound here.
 */
package eu.dezky.platform.config;

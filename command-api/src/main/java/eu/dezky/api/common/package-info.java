/**
 * Value types and validation errors shared by every context.
 * Shapes are checked in compact constructors so an invalid value never reaches an aggregate.
 */
package eu.dezky.api.common;

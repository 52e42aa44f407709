/** Health of the stores the engine cannot work without: the event store and the read models. */
package eu.dezky.platform.health;

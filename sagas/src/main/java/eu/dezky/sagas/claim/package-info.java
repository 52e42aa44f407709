/**
 * Address-claim processes: a provisional claim whose owner (member, alias or list) never came to exist releases
 * itself after the confirmation window.
 */
package eu.dezky.sagas.claim;

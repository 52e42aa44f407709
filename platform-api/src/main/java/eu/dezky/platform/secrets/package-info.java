/**
 * Secrets the engine generates and must not keep in plaintext: the one-time password generator, the AES-256-GCM
 * cipher and its key, and the vault that hands a secret from a request to a saga by reference.
 */
package eu.dezky.platform.secrets;

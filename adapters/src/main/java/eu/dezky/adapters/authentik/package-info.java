/**
 * The Authentik API v3 client: users with our ownership marker, passwords, suspend/resume, the user's
 * sessions and group membership, in our words. Wire shapes follow the 2026.2.2 schema and the shared
 * reference (section A); ids are typed so an int user pk never meets a group uuid.
 */
package eu.dezky.adapters.authentik;

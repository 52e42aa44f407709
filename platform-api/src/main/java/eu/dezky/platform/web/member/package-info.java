/**
 * The member routes: create (or link), read, suspend, resume, force logout, reset password and remove members.
 */
package eu.dezky.platform.web.member;

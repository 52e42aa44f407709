/**
 * RFC 9457 problem details for every error the engine answers, its own and those of Tomcat, Spring MVC and Spring
 * Security: one documented {@code type} URI per {@code code}, {@code field} on value errors, echoed values capped.
 * The catalogue of codes is {@link eu.dezky.platform.problem.ProblemCode}; the README lists each with its meaning.
 */
package eu.dezky.platform.problem;

/**
 * The application's wiring: the Spring Boot application class, Spring wiring of the stages and the
 * store, typed configuration, and start-up work (sample corpus import, effective settings). May
 * depend on every package but {@code cli}.
 */
package dev.storyline.app;

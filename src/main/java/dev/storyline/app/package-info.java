/**
 * The application: main class and command line ({@code serve}, {@code import}, {@code eval}, {@code
 * bench}), Spring wiring of the stages and the store, typed configuration, and start-up work
 * (sample corpus import, effective settings). May depend on every other package.
 */
package dev.storyline.app;

/**
 * The {@code storyline} command line and the program's entry point ({@link
 * dev.storyline.cli.CommandLine#main}): {@code serve} (the default), {@code import}, {@code
 * sources}, {@code eval}, {@code bench}, {@code admin}. Each command parses its arguments, starts
 * the application ({@code app}) when it needs the store, and prints what it did. The top of the
 * code base: nothing depends on it.
 */
package dev.storyline.cli;

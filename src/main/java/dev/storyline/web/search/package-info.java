/**
 * The search page ({@code /search}: full text, phrases, date and outlet filters, snippets) and
 * outlet pages ({@code /outlets/{name}}). Reads through {@code store.search}.
 */
package dev.storyline.web.search;

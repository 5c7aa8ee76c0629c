/**
 * Finds date expressions in English news sentences ("on Friday", "in March 2019", "two years ago")
 * and resolves them against the article's publication date. Pure java.time and regular expressions,
 * no I/O.
 */
package dev.storyline.analyze.time;

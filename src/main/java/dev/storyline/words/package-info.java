/**
 * English words shared by every part that compares texts word by word: {@link
 * dev.storyline.words.English} holds the one stemmer (Porter's, from Lucene's analysis module) and
 * the one stop list of the code base, {@link dev.storyline.words.NumberWords} the counts written as
 * words. A library for the stages as {@code domain} is: it depends on the JDK and Lucene only, and
 * any stage may use it.
 */
package dev.storyline.words;

/**
 * Feeds out: an Atom 1.0 feed of recent stories at {@code /feed.atom}, written with Rome. Links in
 * the feed are absolute, built from the request's scheme, host and context path.
 */
package dev.storyline.web.feed;

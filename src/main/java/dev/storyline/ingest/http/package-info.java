/**
 * A small, defensive HTTP/1.1 client for fetching feeds and article pages from the open web.
 *
 * <p>Why not the JDK's {@code HttpClient}: it resolves host names itself and offers no hook to
 * choose or check the address it connects to, so a name that resolves to a public address when
 * checked and to a private one when connected (DNS rebinding) would slip through. Here every
 * request resolves the name once, checks <em>every</em> address against the {@link
 * dev.storyline.ingest.http.AddressPolicy}, opens a plain socket to a checked address, verifies the
 * socket's peer is that address, and layers TLS over it with SNI and host name verification for the
 * original name. Redirects are followed here (at most a configured number), each one checked again.
 * Bodies are read up to a byte limit, decompressed (gzip, deflate) up to a second limit, and every
 * read is bounded by a read timeout and an overall deadline.
 */
package dev.storyline.ingest.http;

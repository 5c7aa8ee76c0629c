/**
 * A defensive HTTP client for fetching feeds and article pages from the open web: OkHttp with the
 * SSRF guard plugged into it.
 *
 * <p>Why not the JDK's {@code HttpClient}: it resolves host names itself and offers no hook to
 * choose or check the address it connects to, so a name that resolves to a public address when
 * checked and to a private one when connected (DNS rebinding) would slip through. Here every
 * request resolves the name and checks <em>every</em> address against the {@link
 * dev.storyline.ingest.http.AddressPolicy}; OkHttp's own lookup does the same check, and its
 * sockets refuse to connect to an address the policy refuses, whatever a lookup answered ({@code
 * PinnedSockets}). TLS uses SNI and host name verification for the original name. Redirects are
 * followed here (at most a configured number), each one checked again. One deadline covers the
 * whole fetch: lookups, connecting, TLS handshakes, every redirect and every byte read. Bodies are
 * read up to a byte limit, decompressed (gzip, deflate) up to a second limit.
 *
 * <p>Until issue 14 this was our own HTTP/1.1 client over sockets; it is kept in the test sources
 * as the baseline of {@code FetchBench} and of the hostile-server and conformance tests, which run
 * on both (see the README's library table for the measurements that decided).
 */
package dev.storyline.ingest.http;

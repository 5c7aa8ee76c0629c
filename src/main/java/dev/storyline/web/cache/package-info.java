/**
 * The page cache: rendered pages kept in memory for anonymous readers ({@link
 * dev.storyline.web.cache.PageCacheFilter}) until what they show changes. A controller declares
 * what its page depends on ({@link dev.storyline.web.cache.PageScopes}); every write that changes a
 * page marks it in the store ({@link dev.storyline.store.PageVersions}), and {@code
 * PageVersionPoller} follows the marks other processes on the same database write. Settings: {@code
 * storyline.web.cache.*} ({@link dev.storyline.web.cache.PageCacheProperties}). Depends on the
 * store's page versions and Spring MVC only.
 */
package dev.storyline.web.cache;

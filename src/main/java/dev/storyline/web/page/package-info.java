/**
 * Server-rendered HTML pages: the front page, story pages and storyline pages. Controllers read
 * through {@link dev.storyline.store.StoryQueries} and hand Thymeleaf small view records with every
 * text already formatted (UTC times, numbered source links, gauge geometry), so templates only
 * place and escape text. Depends on {@code store}, {@code domain} and {@code web.error}.
 */
package dev.storyline.web.page;

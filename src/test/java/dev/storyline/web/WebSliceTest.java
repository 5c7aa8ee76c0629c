package dev.storyline.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.test.context.ContextConfiguration;

/** A {@code @WebMvcTest} slice of the web layer over {@link FakeStoryQueries}; no database. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@WebMvcTest
@ContextConfiguration(classes = WebTestConfig.class)
public @interface WebSliceTest {}

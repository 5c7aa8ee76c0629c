package dev.storyline.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Spring Boot application: scans every package for its wiring. The program's entry point is
 * {@link dev.storyline.cli.CommandLine}, which starts it for {@code serve} and the commands that
 * need the store.
 */
@SpringBootApplication(scanBasePackages = "dev.storyline")
public class StorylineApplication {}

package dev.storyline.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Storyline's entry point: see {@link CommandLine} for the subcommands. */
@SpringBootApplication(scanBasePackages = "dev.storyline")
public class StorylineApplication {

  public static void main(String[] args) {
    int code = new CommandLine(System.out, System.err).run(args);
    if (code != CommandLine.SERVING) {
      System.exit(code);
    }
  }
}

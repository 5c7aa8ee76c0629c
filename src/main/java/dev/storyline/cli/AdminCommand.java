package dev.storyline.cli;

import dev.storyline.account.AdminAccounts;
import dev.storyline.account.Role;
import dev.storyline.app.StorylineApplication;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code storyline admin create --email ADDRESS [--name NAME]} creates an admin account; the
 * password comes from {@code STORYLINE_ADMIN_PASSWORD} or the first line of standard input, never
 * from an argument (which anyone on the machine could read in the process list). {@code storyline
 * admin role --email ADDRESS --role reader|moderator|admin} changes a role.
 */
final class AdminCommand {
  static final String USAGE =
      """
      Usage: storyline admin create --email ADDRESS [--name NAME]
             storyline admin role --email ADDRESS --role reader|moderator|admin

      create reads the password from the environment variable STORYLINE_ADMIN_PASSWORD, or else
      from the first line of standard input:  printf '%s\\n' "$PW" | storyline admin create --email me@example.org
      Spring settings (--spring.datasource.url=...) pass through.
      """;

  private final PrintStream out;
  private final PrintStream err;
  private final InputStream in;
  private final Map<String, String> env;

  AdminCommand(PrintStream out, PrintStream err, InputStream in, Map<String, String> env) {
    this.out = out;
    this.err = err;
    this.in = in;
    this.env = env;
  }

  int run(String[] args) throws IOException {
    if (args.length == 0 || List.of(args).contains("--help")) {
      out.print(USAGE);
      return args.length == 0 ? 2 : 0;
    }
    List<String> spring = new ArrayList<>();
    String email = null;
    String name = "Admin";
    String role = null;
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--email" -> email = value(args, ++i);
        case "--name" -> name = value(args, ++i);
        case "--role" -> role = value(args, ++i);
        case "--password" ->
            throw new IllegalArgumentException(
                "never pass a password as an argument; use STORYLINE_ADMIN_PASSWORD or standard input");
        default -> spring.add(args[i]);
      }
    }
    if (email == null) {
      throw new IllegalArgumentException("--email is required (storyline admin --help)");
    }
    return switch (args[0]) {
      case "create" -> create(email, name, password(), withDefaults(spring));
      case "role" -> role(email, role, withDefaults(spring));
      default -> throw new IllegalArgumentException("unknown admin command " + args[0]);
    };
  }

  private static List<String> withDefaults(List<String> spring) {
    SpringArgs.setIfAbsent(spring, "storyline.sample.import-on-start", "false");
    return spring;
  }

  private int create(String email, String name, String password, List<String> spring) {
    try (ConfigurableApplicationContext ctx = context(spring)) {
      long id = ctx.getBean(AdminAccounts.class).createAdmin(email, name, password);
      out.println("Created admin account " + id + " for " + email);
      return 0;
    }
  }

  private int role(String email, String role, List<String> spring) {
    if (role == null) {
      throw new IllegalArgumentException("--role is required: reader, moderator or admin");
    }
    Role r = Role.valueOf(role.toUpperCase(Locale.ROOT));
    try (ConfigurableApplicationContext ctx = context(spring)) {
      ctx.getBean(AdminAccounts.class).setRole(email, r);
      out.println(email + " is now " + r.name().toLowerCase(Locale.ROOT));
      return 0;
    }
  }

  private String password() throws IOException {
    String fromEnv = env.get("STORYLINE_ADMIN_PASSWORD");
    if (fromEnv != null && !fromEnv.isEmpty()) {
      return fromEnv;
    }
    if (System.console() != null) {
      char[] typed = System.console().readPassword("Password for the new admin: ");
      return typed == null ? "" : new String(typed);
    }
    String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
    if (line == null || line.isEmpty()) {
      err.println("No password: set STORYLINE_ADMIN_PASSWORD or pipe it on standard input.");
      throw new IllegalArgumentException("no password given");
    }
    return line;
  }

  private static ConfigurableApplicationContext context(List<String> spring) {
    return new SpringApplicationBuilder(StorylineApplication.class)
        .web(WebApplicationType.NONE)
        .run(spring.toArray(String[]::new));
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException(args[i - 1] + " needs a value");
    }
    return args[i];
  }
}

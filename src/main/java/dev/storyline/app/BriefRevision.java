package dev.storyline.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The revision of the brief writer ({@code BriefWriter.revision}): a fingerprint of the brief
 * stage's compiled classes ({@code dev/storyline/brief/**}) and of the writer's name, so that any
 * change to how pages are written — a new section rule, a fixed splitter of quotes — makes the
 * pipeline write the stored pages again after an upgrade, and a rebuild that changes nothing there
 * does not. Read once at start-up (a few hundred small files).
 */
final class BriefRevision {
  /** Where the brief stage's classes are, on the class path or in the application's jar. */
  static final String CLASSES = "classpath*:dev/storyline/brief/**/*.class";

  private BriefRevision() {}

  /** The first 12 hex digits of SHA-256 over the classes in path order, then {@code writer}. */
  static String of(String writer) {
    try {
      Resource[] classes = new PathMatchingResourcePatternResolver().getResources(CLASSES);
      Arrays.sort(classes, Comparator.comparing(BriefRevision::path));
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Resource r : classes) {
        sha.update(path(r).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try (InputStream in = r.getInputStream()) {
          sha.update(in.readAllBytes());
        }
      }
      sha.update(writer.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the brief writer's classes", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The class's path from {@code dev/storyline/brief/} on, the same in a jar and a folder. */
  private static String path(Resource r) {
    try {
      String url = r.getURL().toString();
      return url.substring(url.lastIndexOf("dev/storyline/brief/"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

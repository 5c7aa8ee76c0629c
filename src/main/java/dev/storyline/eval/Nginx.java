package dev.storyline.eval;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

/**
 * nginx serving one folder as static files on a free loopback port, for the static-file limit a
 * page is compared with. Started in the foreground as a child process, stopped with it.
 */
final class Nginx {
  private final Process process;
  private final URI base;

  private Nginx(Process process, URI base) {
    this.process = process;
    this.base = base;
  }

  static boolean installed() {
    return Programs.find("nginx") != null;
  }

  URI base() {
    return base;
  }

  /** Serves {@code root} (its files become readable by nginx's workers). */
  static Nginx start(Path root) throws IOException, InterruptedException {
    int port = ServeBench.freePort();
    Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
    try (Stream<Path> files = Files.list(root)) {
      for (Path f : files.toList()) {
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
      }
    }
    Path conf = root.resolve("nginx.conf");
    Files.writeString(
        conf,
        """
        daemon off;
        worker_processes auto;
        pid %1$s/nginx.pid;
        error_log %1$s/error.log warn;
        events { worker_connections 4096; }
        http {
          access_log off;
          client_body_temp_path %1$s/tmp-body;
          proxy_temp_path %1$s/tmp-proxy;
          fastcgi_temp_path %1$s/tmp-fastcgi;
          uwsgi_temp_path %1$s/tmp-uwsgi;
          scgi_temp_path %1$s/tmp-scgi;
          keepalive_requests 1000000;
          sendfile on;
          server {
            listen 127.0.0.1:%2$d;
            location / { root %1$s; default_type text/html; }
          }
        }
        """
            .formatted(root.toAbsolutePath(), port));
    Process p =
        new ProcessBuilder(
                List.of(
                    Programs.find("nginx").toString(),
                    "-p",
                    root.toAbsolutePath().toString(),
                    "-c",
                    conf.toAbsolutePath().toString()))
            .redirectErrorStream(true)
            .redirectOutput(root.resolve("nginx.out").toFile())
            .start();
    URI base = URI.create("http://127.0.0.1:" + port);
    for (int i = 0; i < 100; i++) {
      if (!p.isAlive()) {
        throw new IOException(
            "nginx did not start: " + Files.readString(root.resolve("nginx.out")));
      }
      try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) {
        return new Nginx(p, base);
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    p.destroy();
    throw new IOException("nginx did not open port " + port);
  }

  void stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}

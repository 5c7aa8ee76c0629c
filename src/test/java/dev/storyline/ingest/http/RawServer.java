package dev.storyline.ingest.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A hostile server on 127.0.0.1 that speaks raw bytes: each accepted connection runs the script
 * (which may trickle, flood or never answer), so tests can play what the JDK's HTTP server cannot.
 * Close it after use; closing ends every script.
 */
final class RawServer implements AutoCloseable {

  /** What the server does with one connection. */
  @FunctionalInterface
  interface Script {
    void run(Socket socket) throws Exception;
  }

  private final ServerSocket server;
  private final ExecutorService pool = Executors.newCachedThreadPool();
  private final AtomicInteger connections = new AtomicInteger();
  private volatile boolean closed;

  RawServer(Script script) throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    pool.submit(
        () -> {
          while (!closed) {
            Socket s;
            try {
              s = server.accept();
            } catch (IOException e) {
              return;
            }
            connections.incrementAndGet();
            pool.submit(
                () -> {
                  try (s) {
                    script.run(s);
                  } catch (Exception e) {
                    // the client went away: expected
                  }
                  return null;
                });
          }
        });
  }

  int port() {
    return server.getLocalPort();
  }

  String url(String scheme, String path) {
    return scheme + "://127.0.0.1:" + port() + path;
  }

  int connections() {
    return connections.get();
  }

  /** Reads the request head (up to the blank line). */
  static String requestHead(Socket s) throws IOException {
    InputStream in = s.getInputStream();
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int state = 0;
    for (int c = in.read(); c >= 0; c = in.read()) {
      head.write(c);
      state =
          (c == '\r' && (state == 0 || state == 2)) || (c == '\n' && (state == 1 || state == 3))
              ? state + 1
              : 0;
      if (state == 4) {
        break;
      }
    }
    return head.toString(StandardCharsets.ISO_8859_1);
  }

  static void write(Socket s, String text) throws IOException {
    s.getOutputStream().write(text.getBytes(StandardCharsets.ISO_8859_1));
    s.getOutputStream().flush();
  }

  static void sleep(long ms) throws InterruptedException {
    Thread.sleep(ms);
  }

  @Override
  public void close() {
    closed = true;
    try {
      server.close();
    } catch (IOException e) {
      // closing
    }
    pool.shutdownNow();
  }
}

package dev.storyline.ingest.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/** Dev tool: thread CPU time of the extraction steps over a folder of pages (html/*.html.gz). */
public final class ExtractTiming {
  private ExtractTiming() {}

  public static void main(String[] args) throws Exception {
    List<String> pages = new ArrayList<>();
    try (var files = Files.list(Path.of(args[0]).resolve("html"))) {
      for (Path f : (Iterable<Path>) files.sorted()::iterator) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
          pages.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
    var bean = ManagementFactory.getThreadMXBean();
    ObjectMapper json = new ObjectMapper();
    for (int round = 0; round < 3; round++) {
      long parse = 0, meta = 0, clean = 0, main = 0;
      for (String html : pages) {
        long t0 = bean.getCurrentThreadCpuTime();
        Document doc = Jsoup.parse(html, "", Parser.htmlParser().setMaxDepth(512));
        long t1 = bean.getCurrentThreadCpuTime();
        Metadata.of(doc, json);
        long t2 = bean.getCurrentThreadCpuTime();
        Document copy = doc.clone();
        long t3 = bean.getCurrentThreadCpuTime();
        PageCleaner.clean(copy.body());
        long t4 = bean.getCurrentThreadCpuTime();
        new MainContent().extract(doc);
        long t5 = bean.getCurrentThreadCpuTime();
        parse += t1 - t0;
        meta += t2 - t1;
        clean += t4 - t3;
        main += t5 - t4;
      }
      double n = pages.size();
      System.out.printf(
          "per page ms: parse %.2f  metadata %.2f  clean %.2f  main (clean included) %.2f%n",
          parse / n / 1e6, meta / n / 1e6, clean / n / 1e6, main / n / 1e6);
    }
  }
}

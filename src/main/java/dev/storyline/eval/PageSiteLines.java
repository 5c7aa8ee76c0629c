package dev.storyline.eval;

import dev.storyline.analyze.sentence.SiteLines;
import dev.storyline.domain.AnalyzedArticle;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * For {@link PageChecks}: how many page lines are a site's own lines ({@link SiteLines}), the
 * paragraphs one site printed on pages of {@value SiteLines#DAYS} days or more of the whole stream.
 * The analysis learns them in order and lets them through on their first days; this counts what the
 * pages still show.
 */
final class PageSiteLines {
  private Set<Long> keys = Set.of();
  int shown;
  int pages;
  private boolean onPage;

  /** The keys of the paragraphs one site printed on {@value SiteLines#DAYS} days or more. */
  static Set<Long> of(Collection<AnalyzedArticle> articles) {
    Map<String, Map<Long, Set<LocalDate>>> days = new HashMap<>();
    for (AnalyzedArticle a : articles) {
      LocalDate day = LocalDate.ofInstant(a.article().published(), ZoneOffset.UTC);
      Map<Long, Set<LocalDate>> site =
          days.computeIfAbsent(a.article().outlet(), x -> new HashMap<>());
      for (String p : a.article().text().split("\\n\\s*\\n")) {
        Long k = SiteLines.key(p);
        if (k != null) {
          site.computeIfAbsent(k, x -> new HashSet<>()).add(day);
        }
      }
    }
    Set<Long> out = new HashSet<>();
    for (Map<Long, Set<LocalDate>> site : days.values()) {
      site.forEach(
          (k, v) -> {
            if (v.size() >= SiteLines.DAYS) {
              out.add(k);
            }
          });
    }
    return out;
  }

  void keys(Set<Long> keys) {
    this.keys = keys;
  }

  void startPage() {
    onPage = false;
  }

  void line(String text) {
    Long k = SiteLines.key(text);
    if (k != null && keys.contains(k)) {
      shown++;
      onPage = true;
    }
  }

  void endPage() {
    pages += onPage ? 1 : 0;
  }
}

package dev.storyline.brief.section;

import dev.storyline.brief.text.Boilerplate;
import dev.storyline.brief.text.QuoteMarks;
import dev.storyline.brief.text.StorySentence;
import dev.storyline.brief.text.StoryText;
import dev.storyline.brief.text.Trimmer;
import dev.storyline.domain.AnalyzedSentence;
import dev.storyline.domain.Brief.Camp;
import dev.storyline.domain.Brief.Stance;
import dev.storyline.domain.Line;
import dev.storyline.domain.SourceRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A quotation the sentence splitter left open: "Mr Hale said: “The port stays shut." ends where the
 * quotation goes on, and "We will not move,” the mayor said." begins after it opened. A stance
 * whose line opens a quotation without closing it (or closes one it did not open) shows the
 * neighbouring sentences of its article up to the other mark, citing each; at most {@value #MORE}
 * more sentences and {@value #MAX_WORDS} words, none published elsewhere on the page, none
 * furniture. Where the quotation cannot be closed so, the line stays as it was.
 */
final class QuoteSpans {
  static final int MORE = 2;
  static final int MAX_WORDS = 90;

  private QuoteSpans() {}

  /** The camps with each stance's open quotation completed where it can be. */
  static List<Camp> completed(List<Camp> camps, StoryText text, Set<SourceRef> shown) {
    Set<SourceRef> used = new HashSet<>(shown);
    camps.forEach(c -> c.stances().forEach(s -> used.addAll(s.line().refs())));
    // only the stances' own sentences are looked up
    Map<SourceRef, StorySentence> byRef = new HashMap<>();
    for (StorySentence s : text.sentences()) {
      SourceRef ref = s.ref();
      if (used.contains(ref) && !shown.contains(ref)) {
        byRef.put(ref, s);
      }
    }
    List<Camp> out = new ArrayList<>(camps.size());
    for (Camp c : camps) {
      List<Stance> stances = new ArrayList<>(c.stances().size());
      for (Stance s : c.stances()) {
        StorySentence sent = s.line().refs().size() == 1 ? byRef.get(s.line().refs().get(0)) : null;
        Line line = sent == null ? s.line() : completed(sent, used);
        stances.add(new Stance(s.actor(), line, s.quote()));
      }
      out.add(new Camp(c.name(), stances));
    }
    return out;
  }

  /** The line of {@code s} with the neighbours that close its quotation, or its own line. */
  static Line completed(StorySentence s, Set<SourceRef> used) {
    int open = QuoteMarks.openness(s.text());
    if (open == 0) {
      return s.line();
    }
    List<AnalyzedSentence> all = s.article().sentences();
    List<String> texts = new ArrayList<>(List.of(s.text()));
    List<SourceRef> refs = new ArrayList<>(List.of(s.ref()));
    int words = s.words();
    for (int k = 1; k <= MORE; k++) {
      AnalyzedSentence n = sentenceAt(all, s.index() + open * k);
      if (n == null) {
        break;
      }
      String t = Trimmer.trim(n.text());
      SourceRef ref = new SourceRef(s.article().id(), n.index());
      words += t.split("\\s+").length;
      if (used.contains(ref) || words > MAX_WORDS || Boilerplate.isFurniture(t)) {
        break;
      }
      texts.add(open > 0 ? texts.size() : 0, t);
      refs.add(open > 0 ? refs.size() : 0, ref);
      String joined = String.join(" ", texts);
      if (QuoteMarks.openness(joined) == 0) {
        used.addAll(refs);
        return new Line(joined, refs);
      }
    }
    return s.line();
  }

  private static AnalyzedSentence sentenceAt(List<AnalyzedSentence> all, int index) {
    for (AnalyzedSentence a : all) {
      if (a.index() == index) {
        return a;
      }
    }
    return null;
  }
}

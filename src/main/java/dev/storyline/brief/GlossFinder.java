package dev.storyline.brief;

import dev.storyline.domain.EntityMention;
import dev.storyline.domain.Line;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a definitional phrase for an entity in the story's sentences: an appositive right after a
 * mention ("Okafor, the union's leader,") or a copular definition ("Harbor Union is the
 * dockworkers' union"). The published gloss is the mention plus the phrase, a substring of the
 * cited sentence.
 */
final class GlossFinder {
  private static final String PHRASE =
      "((?:a|an|the)\\s(?:[^,;:\"“”()]|,(?=\\d)){3,90}?)(?=\\s*(?:,(?!\\d)|;|\\.(?:\\s|$)|$|\\s(?:who|which|that)\\s))";
  private static final Pattern APPOSITIVE = Pattern.compile("^,\\s+" + PHRASE);
  private static final Pattern DEFINITION =
      Pattern.compile("^\\s+(?:is|was|are|has long been|remains)\\s+" + PHRASE);

  private GlossFinder() {}

  /** A gloss line for the entity key, or null when the sources never define it. */
  static Line find(StoryText text, Actors actors, String key) {
    return find(text, actors, key, java.util.Set.of());
  }

  /** The same, never from a sentence of {@code shown} (published elsewhere on the page). */
  static Line find(
      StoryText text,
      Actors actors,
      String key,
      java.util.Set<dev.storyline.domain.SourceRef> shown) {
    Line definition = null;
    for (Sent s : text.sentences()) {
      if (shown.contains(s.ref())) {
        continue;
      }
      for (EntityMention m : s.sentence().entities()) {
        String sentence = s.sentence().text();
        if (!actors.canonical(m.key()).equals(key)
            || m.start() < 0
            || m.end() > sentence.length()) {
          continue;
        }
        String after = sentence.substring(m.end());
        Line appositive = match(APPOSITIVE, after, s, m);
        if (appositive != null) {
          return appositive;
        }
        if (definition == null) {
          definition = match(DEFINITION, after, s, m);
        }
      }
    }
    return definition;
  }

  private static Line match(Pattern p, String after, Sent s, EntityMention m) {
    Matcher matcher = p.matcher(after);
    if (!matcher.find()) {
      return null;
    }
    String phrase = matcher.group(1);
    if (Cues.has(Cues.REPORTING, phrase) || Vectorizer.words(phrase).size() < 2) {
      return null;
    }
    String gloss = s.sentence().text().substring(m.start(), m.end() + matcher.end(1));
    return Line.of(gloss.strip(), s.ref());
  }
}

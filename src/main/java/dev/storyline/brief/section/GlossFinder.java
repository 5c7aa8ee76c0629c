package dev.storyline.brief.section;

import dev.storyline.brief.actor.Actors;
import dev.storyline.brief.text.CueLexicon;
import dev.storyline.brief.text.StorySentence;
import dev.storyline.brief.text.StoryText;
import dev.storyline.brief.text.Vectorizer;
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

  /**
   * Verbs that make a phrase a clause, not a description: after "According to Graymoor Securities,"
   * the words "the agreement was a breakup" state a claim, they do not say what Graymoor Securities
   * is.
   */
  private static final Pattern FINITE_VERB =
      Pattern.compile(
          "\\b(?:is|are|was|were|will|would|can|could|should|has|have|had|said|says)\\b",
          Pattern.CASE_INSENSITIVE);

  /** Words right before a mention that make the comma after it end a phrase, not open one. */
  private static final Pattern LEADS_IN =
      Pattern.compile("(?i)\\b(?:according to|in the words of)\\s*$");

  private GlossFinder() {}

  /** A gloss line for the entity key, or null when the sources never define it. */
  static Line find(StoryText text, Actors actors, String key) {
    Line definition = null;
    for (StorySentence s : text.sentences()) {
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

  private static Line match(Pattern p, String after, StorySentence s, EntityMention m) {
    Matcher matcher = p.matcher(after);
    if (!matcher.find()) {
      return null;
    }
    String phrase = matcher.group(1);
    if (CueLexicon.has(CueLexicon.REPORTING, phrase)
        || Vectorizer.words(phrase).size() < 2
        || FINITE_VERB.matcher(phrase).find()
        || LEADS_IN.matcher(s.sentence().text().substring(0, m.start())).find()) {
      return null;
    }
    String gloss = s.sentence().text().substring(m.start(), m.end() + matcher.end(1));
    return Line.of(gloss.strip(), s.ref());
  }
}

package dev.storyline.brief.section;

import dev.storyline.brief.actor.Actors;
import dev.storyline.brief.text.Boilerplate;
import dev.storyline.brief.text.CueLexicon;
import dev.storyline.brief.text.StorySentence;
import dev.storyline.brief.text.StoryText;
import dev.storyline.brief.text.Vectorizer;
import dev.storyline.domain.EntityMention;
import dev.storyline.domain.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a definitional phrase for an entity in the story's sentences: an appositive right after a
 * mention ("Okafor, the union's leader,") or a copular definition ("Harbor Union is the
 * dockworkers' union"). The published gloss is the mention plus the phrase, a substring of the
 * cited sentence.
 */
final class GlossFinder {
  /**
   * An article and up to 90 more characters (no question or exclamation: "BP, the coast guard and
   * the federal government?" asks, it defines no one), ending at a comma, a semicolon, the
   * sentence's full stop (not the stop of an abbreviation such as "F.B.I." or "Rep.") or a relative
   * pronoun.
   */
  private static final String PHRASE =
      "((?:a|an|the)\\s(?:[^,;:\"“”()?!]|,(?=\\d)){3,90}?)(?=\\s*(?:,(?!\\d)|;"
          + "|(?<!\\b(?:\\p{Lu}|Mr|Mrs|Ms|Dr|Rep|Sen|Gov|Gen|St|Jr|Sr|Lt|Col|Rev|Prof|No|Ft|Mt))"
          + "\\.(?:\\s|$)|$|\\s(?:who|which|that)\\s))";

  private static final Pattern APPOSITIVE = Pattern.compile("^,\\s+" + PHRASE);
  private static final Pattern DEFINITION =
      Pattern.compile("^\\s+(?:is|was|are|has long been|remains)\\s+" + PHRASE);

  /** Words right before a mention that make the comma after it end a phrase, not open one. */
  private static final Pattern LEADS_IN =
      Pattern.compile("(?i)\\b(?:according to|in the words of)\\s*(?:the\\s+)?$");

  private GlossFinder() {}

  /**
   * A gloss line for the entity key, or null when the sources never define it. Sentences close to
   * the story's core are searched first, then the other sentences about the story; never one off
   * the story's topic.
   */
  static Line find(StoryText text, Actors actors, String key) {
    Actors.Info info = actors.info(key);
    String name = info == null ? null : info.name();
    List<StorySentence> core = new ArrayList<>();
    List<StorySentence> rest = new ArrayList<>();
    for (StorySentence s : text.sentences()) {
      // a speech's full text glosses no one ("Iraq is the latest battlefield in this war")
      if (text.onTopic(s) && !text.inFullText(s)) {
        (text.nearCore(s) ? core : rest).add(s);
      }
    }
    Line found = find(core, actors, key, name);
    return found != null ? found : find(rest, actors, key, name);
  }

  private static Line find(List<StorySentence> sentences, Actors actors, String key, String name) {
    Line definition = null;
    for (StorySentence s : sentences) {
      for (EntityMention m : s.sentence().entities()) {
        String sentence = s.sentence().text();
        if (!actors.canonical(m.key()).equals(key)
            || m.start() < 0
            || m.end() > sentence.length()
            || GlossRules.partOfLongerName(sentence, m)) {
          continue;
        }
        Line appositive =
            GlossRules.inOpener(sentence, m) ? null : match(APPOSITIVE, s, m, false, name);
        if (appositive != null) {
          return appositive;
        }
        if (definition == null) {
          definition = match(DEFINITION, s, m, true, name);
        }
      }
    }
    return definition;
  }

  private static Line match(
      Pattern p, StorySentence s, EntityMention m, boolean definition, String name) {
    String sentence = s.sentence().text();
    Matcher matcher = p.matcher(sentence.substring(m.end()));
    if (!matcher.find()) {
      return null;
    }
    String phrase = matcher.group(1);
    int from = m.end() + matcher.start(1);
    int to = m.end() + matcher.end(1);
    if (CueLexicon.has(CueLexicon.REPORTING, phrase)
        || Vectorizer.words(phrase).size() < 2
        || LEADS_IN.matcher(sentence.substring(0, m.start())).find()
        || GlossRules.notAGloss(sentence, from, to, m, s.sentence().entities(), name)
        || (definition
            && (GlossRules.claimNotDefinition(sentence, m, to)
                // "X is the missing piece in my life": the writer's own view
                || Boilerplate.firstPerson(sentence)))) {
      return null;
    }
    return Line.of(sentence.substring(m.start(), to).strip(), s.ref());
  }
}

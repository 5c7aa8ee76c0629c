package dev.storyline.brief.section;

import dev.storyline.brief.actor.Actors;
import dev.storyline.brief.actor.Attribution;
import dev.storyline.brief.section.SidesWriter.Found;
import dev.storyline.brief.text.Boilerplate;
import dev.storyline.brief.text.StorySentence;
import dev.storyline.brief.text.StoryText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A story's attributed stances, each speaker's sentences in story order (one actor's names merged),
 * found once per page: the summary's opening spares an actor's only stance ({@link
 * SummaryOpening#spared}) and {@link SidesWriter} chooses among them.
 */
public final class SideStances {
  final Map<String, List<Found>> byActor;

  private SideStances(Map<String, List<Found>> byActor) {
    this.byActor = byActor;
  }

  /**
   * Every sentence of the story with a reporting verb and a named speaker; words of concern or
   * reassurance lean only when the stance has a target ({@link StanceTarget}).
   */
  public static SideStances of(StoryText text, Actors actors) {
    Map<String, List<Found>> byActor = new LinkedHashMap<>();
    for (StorySentence s : text.sentences()) {
      if (Boilerplate.commentHeader(s.text())) {
        // a reader's comment ("At 9:12 am, harbourfan wrote: …") is no voice of the story
        continue;
      }
      Attribution.Speaker who = Attribution.speaker(s, actors);
      if (who != null
          && !someoneElsesWords(s.sentence().text(), who)
          && !cutBeforeItsWords(s, who)) {
        String quote = pullQuote(dev.storyline.brief.actor.Quotations.longest(s.text()));
        Found f =
            new Found(
                who.key(),
                who.name(),
                s,
                StancePolarity.polarity(s.withoutNames(), StanceTarget.spans(s, who, actors)),
                quote,
                who.key());
        byActor.computeIfAbsent(who.key(), k -> new ArrayList<>()).add(f);
      }
    }
    return new SideStances(SidesActors.merged(byActor, actors));
  }

  /**
   * Whether the sentence was cut off before what its speaker said: at a "that" a few words after
   * the verb ("Torres said in a ruling Monday that..."), or within three words of the verb when the
   * speaker opens the sentence ("Judge Torres said on...").
   */
  static boolean cutBeforeItsWords(StorySentence s, Attribution.Speaker who) {
    String text = s.sentence().text();
    if (!s.truncated() || who.verbEnd() > text.length()) {
      return false;
    }
    String after = text.substring(who.verbEnd());
    int words = dev.storyline.brief.text.Vectorizer.words(after).size();
    return (words <= 6 && after.matches("(?is).*\\bthat\\W*"))
        || (words <= 3
            && who.nameStart() >= 0
            && who.nameStart() <= text.length()
            && dev.storyline.brief.text.Vectorizer.words(text.substring(0, who.nameStart())).size()
                <= 3);
  }

  /** "as Mr Vale and Ms Lee said": the named only agree with what the sentence's writer says. */
  private static final java.util.regex.Pattern AS_NAMED_SAID =
      java.util.regex.Pattern.compile(
          "\\bas\\s+(?:(?:Mr|Mrs|Ms|Dr)\\.?\\s+)?\\p{Lu}[\\p{L}'’.-]*"
              + "(?:\\s+(?:and\\s+)?(?:(?:Mr|Mrs|Ms|Dr)\\.?\\s+)?\\p{Lu}[\\p{L}'’.-]*){0,5}\\s+$");

  /**
   * Whether the sentence's words are not its speaker's: first-person words in a sentence with no
   * quotation mark are the writer's own ("When the company shows me a plan, I'll believe it… as Mr
   * Vale said"), and a speaker named in an "as … said" clause only agrees with them.
   */
  static boolean someoneElsesWords(String text, Attribution.Speaker who) {
    boolean quotes = text.chars().anyMatch(c -> "\"“”".indexOf(c) >= 0);
    return (!quotes && Boilerplate.firstPerson(text))
        || AS_NAMED_SAID.matcher(text.substring(0, who.verbStart())).find();
  }

  /** A quotation's opening word that shows it continues the reporter's words. */
  private static final java.util.regex.Pattern FRAGMENT =
      java.util.regex.Pattern.compile(
          "^(?:of|and|or|to|for|in|on|at|with|from|by|the|a|an|that|but|as|than)\\b");

  /**
   * The quotation as a pull-quote, or null when it is the tail of the reporter's sentence ("…a
   * history of extreme poverty" quoting "of extreme poverty and brutal living conditions"): shown
   * alone it reads as a fragment, so the stance shows its whole sentence.
   */
  static String pullQuote(String quote) {
    return quote == null || FRAGMENT.matcher(quote).find() ? null : quote;
  }
}

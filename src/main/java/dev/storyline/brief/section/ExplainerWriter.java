package dev.storyline.brief.section;

import dev.storyline.brief.actor.Actors;
import dev.storyline.brief.actor.SpeakerNames;
import dev.storyline.brief.text.Boilerplate;
import dev.storyline.brief.text.MarginalRelevance;
import dev.storyline.brief.text.StorySentence;
import dev.storyline.brief.text.StoryText;
import dev.storyline.brief.text.Vectorizer;
import dev.storyline.domain.Brief.Explainer;
import dev.storyline.domain.Brief.Gloss;
import dev.storyline.domain.EntityKind;
import dev.storyline.domain.Line;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/**
 * Explainer: the simplest accurate sentences of the story (short, few figures, common words,
 * central, close in meaning to the story's core, in the reporter's voice) and a gloss of each key
 * actor taken from the sources (an appositive such as "Lumen Forge, a research lab founded in 2018"
 * or a definition such as "Harbor Union is the dockworkers' union").
 */
public final class ExplainerWriter {
  static final int LINES = 3;
  static final int GLOSSES = 4;
  private static final int ACTORS_TRIED = 8;

  private ExplainerWriter() {}

  /**
   * The explainer's lines (none of {@code alreadyShown}, nor as alike to one as two sections may
   * be) and its glosses (none the whole of a sentence in {@code alreadyShown}).
   */
  public static Explainer write(StoryText text, Actors actors, List<StorySentence> alreadyShown) {
    List<StorySentence> picked =
        MarginalRelevance.select(
            text,
            text.standalone().stream().filter(text::nearCore).toList(),
            ExplainerWriter::score,
            LINES,
            0.7,
            text.overlapping(),
            alreadyShown);
    List<StorySentence> ordered = new ArrayList<>(picked);
    ordered.sort(
        Comparator.comparingInt(StorySentence::order).thenComparingInt(StorySentence::index));
    return new Explainer(
        ordered.stream().map(StorySentence::line).toList(),
        notShownWhole(glosses(text, actors), alreadyShown));
  }

  /**
   * The glosses but those that are the whole of a sentence another section shows: "Orveld is the
   * town hit hardest by the March earthquake" under Who's who beside the same sentence in the
   * summary says it twice. A gloss that is a fragment of a shown sentence ("Kestrel Devices, the
   * Halden phone maker", of the summary's "Kestrel Devices, the Halden phone maker, is recalling…")
   * stays: it tells who the actor is, where the sentence tells the news.
   */
  static List<Gloss> notShownWhole(List<Gloss> glosses, List<StorySentence> shown) {
    java.util.Set<String> whole = new java.util.HashSet<>();
    shown.forEach(s -> whole.add(StoryText.plainOf(s.text())));
    return glosses.stream()
        .filter(g -> !whole.contains(StoryText.plainOf(g.line().text())))
        .toList();
  }

  /**
   * How plain and central the sentence is; 0 for a question, a quote, first-person words (someone's
   * account, not the reporter's explanation), "he"/"she" with nobody named in the sentence ("At the
   * news of his death…") or an opening that points at an earlier sentence ("Since then,"), which
   * cannot explain anything on their own.
   */
  static double score(StorySentence s) {
    if (s.text().endsWith("?")
        || dev.storyline.brief.actor.Quotations.longest(s.text()) != null
        || Boilerplate.firstPerson(s.text())
        || needsEarlierSentence(s)) {
      return 0;
    }
    List<String> words = Vectorizer.words(s.text());
    if (words.isEmpty()) {
      return 0;
    }
    double length = s.words() >= 8 && s.words() <= 20 ? 1 : s.words() <= 28 ? 0.7 : 0.4;
    long numbers = words.stream().filter(w -> w.chars().anyMatch(Character::isDigit)).count();
    long longWords = words.stream().filter(w -> w.length() >= 9).count();
    double common = 1 - (double) longWords / words.size();
    return (0.2 + s.centrality()) * length * common * s.standalone() / (1 + numbers);
  }

  private static final java.util.regex.Pattern SINGULAR_PRONOUN =
      java.util.regex.Pattern.compile("\\b(?:he|his|him|she|her|hers)\\b");

  /** An opening that points at an earlier sentence's time or place ("Since then, …"). */
  private static final java.util.regex.Pattern EARLIER =
      java.util.regex.Pattern.compile(
          "^(?:[-–—]|(?:Since then|After that|From there|By then|Until then|The following day"
              + "|The next day|Even before|Before that|At that point|At the time)\\b)");

  private static boolean needsEarlierSentence(StorySentence s) {
    return EARLIER.matcher(s.text()).find()
        || SINGULAR_PRONOUN.matcher(s.text()).find()
            && s.sentence().entities().stream().noneMatch(m -> m.kind() == EntityKind.PERSON);
  }

  /**
   * True when a person (or a body the analysis took for another kind) of the same last name is
   * glossed already and one of the two names is the surname alone or with a title ("Dr. Murray"
   * beside "Conrad Murray"): the sources' short and full names of one person, which the actor list
   * keeps apart, get one gloss.
   */
  static boolean samePerson(String name, List<String> glossed) {
    return glossed.stream().anyMatch(g -> SpeakerNames.surnameAndFullName(name, g));
  }

  /**
   * An actor's name as a gloss shows it: as Sides lists it ({@link SidesActors#withoutArticle}).
   */
  static String glossed(String name) {
    return SidesActors.withoutArticle(name);
  }

  private static List<Gloss> glosses(StoryText text, Actors actors) {
    List<Gloss> out = new ArrayList<>();
    EnumSet<EntityKind> kinds = EnumSet.allOf(EntityKind.class);
    List<String> glossed = new ArrayList<>();
    for (Actors.Info actor : actors.top(ACTORS_TRIED, kinds)) {
      if (actor.kind() != EntityKind.PLACE && samePerson(actor.name(), glossed)) {
        continue;
      }
      Line line = GlossFinder.find(text, actors, actor.key());
      if (line != null) {
        out.add(new Gloss(glossed(actor.name()), line));
        if (actor.kind() != EntityKind.PLACE) {
          glossed.add(actor.name());
        }
      }
      if (out.size() == GLOSSES) {
        break;
      }
    }
    return out;
  }
}

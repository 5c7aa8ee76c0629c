package dev.storyline.brief.section;

import dev.storyline.brief.actor.Actors;
import dev.storyline.brief.actor.Affiliation;
import dev.storyline.brief.text.Boilerplate;
import dev.storyline.brief.text.CueLexicon;
import dev.storyline.brief.text.StorySentence;
import dev.storyline.brief.text.StoryText;
import dev.storyline.domain.Brief.Camp;
import dev.storyline.domain.Brief.Stance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Sides: attributed stances grouped into camps. Each sentence with a reporting verb and a named
 * speaker is a stance; its polarity comes from a small oppose/support lexicon (with simple
 * negation); an actor's stances are summed so each actor sits in one camp. An actor whose party the
 * text states ({@link Affiliation}) sits in the camp of the party ("Republicans", "Democrats"); the
 * others are "Critics" and "Defenders", or "Supporters" and "Opponents" when the coverage is about
 * backing a proposal. An actor whose words lean neither way joins the side it stands on when the
 * text shows it (the target of the critics and those who speak for it stand with the defenders; a
 * spokesperson with the one they speak for), else "Other voices". An observer's favourable words
 * (an analyst's, a rating agency's: {@link SidesActors#observer}) assess and defend no one; a
 * question the writer asks is no one's stance. One stance per actor (one that reads alone
 * preferred, then a direct quote), at most four per camp, those that read alone first; among the
 * other voices a quotation that opens pointing back ("“It was…”") only where no other voice reads
 * alone.
 */
public final class SidesWriter {
  public static final int PER_CAMP = 4;

  /** The camp of actors whose words lean neither way. */
  static final String OTHERS = "Other voices";

  private static final Pattern ACTION =
      Pattern.compile(
          "\\b(?:defend\\w*|critici[sz]\\w*|condemn\\w*|prais\\w*|accus\\w*|warn\\w*)\\b");

  private SidesWriter() {}

  record Found(
      String key, String name, StorySentence sent, int polarity, String quote, String origin) {
    /** True when the line names what it is about ({@link StorySentence#opensPointingBack}). */
    boolean readsAlone() {
      return !StorySentence.opensPointingBack(sent.text());
    }

    /** A quotation that opens pointing back: "“It was the best shot,” said…". */
    boolean opaque() {
      String t = sent.text().strip();
      return !readsAlone() && !t.isEmpty() && "\"“‘'`".indexOf(t.charAt(0)) >= 0;
    }
  }

  public static List<Camp> write(StoryText text, Actors actors) {
    return write(text, actors, java.util.Set.of());
  }

  /**
   * The camps, never citing a sentence of {@code shown} (published in an earlier section: a page
   * uses each source sentence once).
   */
  public static List<Camp> write(
      StoryText text, Actors actors, java.util.Set<dev.storyline.domain.SourceRef> shown) {
    return write(text, actors, shown, SideStances.of(text, actors));
  }

  /** The same from the story's {@code stances}, found once for the page. */
  public static List<Camp> write(
      StoryText text,
      Actors actors,
      java.util.Set<dev.storyline.domain.SourceRef> shown,
      SideStances stances) {
    Map<String, List<Found>> byActor = new LinkedHashMap<>();
    stances.byActor.forEach(
        (key, fs) -> {
          List<Found> kept =
              fs.stream()
                  .filter(
                      f ->
                          !shown.contains(f.sent().ref())
                              && !StorySentence.cutOff(f.sent().text())
                              && text.onTopic(f.sent())
                              && !Boilerplate.isFurniture(f.sent().text())
                              // a question the writer asks ("And why has Mr Bush pledged
                              // £187m?") is no one's stance; a speaker's quoted one ends
                              // inside its quotation mark
                              && !f.sent().text().strip().endsWith("?"))
                  .toList();
          if (!kept.isEmpty()) {
            byActor.put(key, kept);
          }
        });
    if (byActor.isEmpty()) {
      return List.of();
    }
    Affiliation affiliation = Affiliation.of(text, actors);
    Map<Affiliation.Party, List<ActorStance>> parties = new EnumMap<>(Affiliation.Party.class);
    List<ActorStance> against = new ArrayList<>();
    List<ActorStance> forIt = new ArrayList<>();
    List<ActorStance> neutral = new ArrayList<>();
    String main = SidesActors.main(text, actors, byActor.keySet());
    byActor.forEach(
        (key, fs) -> {
          ActorStance a = ActorStance.of(fs);
          Affiliation.Party party = SidesActors.party(affiliation, fs);
          if (party != null) {
            parties.computeIfAbsent(party, p -> new ArrayList<>()).add(a);
          } else {
            boolean defends = a.total() > 0 && !SidesActors.observer(text, actors, a);
            (a.total() < 0 ? against : defends ? forIt : neutral).add(a);
          }
        });
    // the one the story is about stands with the defenders only when it is blamed (a critic's
    // line names it) or answers a charge itself: where nobody is blamed (a quake) it takes no side
    String target = SideDispute.target(against, actors, affiliation);
    boolean blamed = SideDispute.blamed(against, parties.values(), main, actors);
    List<String> defended = new ArrayList<>();
    java.util.stream.Stream.of(blamed ? main : null, target)
        .filter(java.util.Objects::nonNull)
        .forEach(defended::add);
    align(neutral, against, forIt, defended, affiliation);
    List<Camp> out = new ArrayList<>();
    parties.entrySet().stream()
        .sorted(
            Comparator.comparingInt(
                    (Map.Entry<Affiliation.Party, List<ActorStance>> e) -> e.getValue().size())
                .reversed())
        .forEach(e -> add(out, e.getKey().camp, e.getValue()));
    out.addAll(camps(byActor, against, forIt, neutral));
    return QuoteSpans.completed(out, text, shown);
  }

  /**
   * Moves actors whose words lean neither way to the side they stand on: the target of the
   * criticism and those who speak for it join the defenders; one who speaks for a critic or a
   * defender joins that camp.
   */
  private static void align(
      List<ActorStance> neutral,
      List<ActorStance> against,
      List<ActorStance> forIt,
      List<String> defended,
      Affiliation affiliation) {
    Map<String, String> head = new java.util.HashMap<>();
    java.util.stream.Stream.of(neutral, against, forIt)
        .flatMap(List::stream)
        .flatMap(a -> a.all().stream())
        .forEach(f -> head.put(f.origin(), f.key()));
    java.util.Set<String> critics = new java.util.HashSet<>();
    java.util.Set<String> defenders = new java.util.HashSet<>();
    against.forEach(a -> critics.add(a.best().key()));
    forIt.forEach(a -> defenders.add(a.best().key()));
    java.util.Set<String> subject = new java.util.HashSet<>(defended);
    defended.forEach(k -> subject.add(head.getOrDefault(k, k)));
    defenders.addAll(subject);
    // the one the story is about (or the critics' target), its lawyer or spokesperson speak for
    // it, whatever the words: "the attacks were unfair" defends
    for (java.util.Iterator<ActorStance> it = against.iterator(); it.hasNext(); ) {
      ActorStance a = it.next();
      String principal = affiliation.principal(a.best().origin());
      boolean speaksFor =
          principal != null && subject.contains(head.getOrDefault(principal, principal));
      if (speaksFor || subject.contains(a.best().key())) {
        forIt.add(a);
        it.remove();
      }
    }
    for (java.util.Iterator<ActorStance> it = neutral.iterator(); it.hasNext(); ) {
      ActorStance a = it.next();
      String key = a.best().key();
      String principal = affiliation.principal(a.best().origin());
      principal = head.getOrDefault(principal, principal);
      if (defenders.contains(key) || defenders.contains(principal)) {
        forIt.add(a);
        it.remove();
      } else if (critics.contains(principal)) {
        against.add(a);
        it.remove();
      }
    }
  }

  private static List<Camp> camps(
      Map<String, List<Found>> all,
      List<ActorStance> against,
      List<ActorStance> forIt,
      List<ActorStance> neutral) {
    boolean proposal = proposalFraming(all);
    List<Camp> out = new ArrayList<>();
    if (proposal) {
      add(out, "Supporters", forIt);
      add(out, "Opponents", against);
    } else {
      add(out, "Critics", against);
      add(out, "Defenders", forIt);
    }
    add(out, OTHERS, neutral);
    return out;
  }

  private static void add(List<Camp> out, String name, List<ActorStance> actors) {
    if (actors.isEmpty()) {
      return;
    }
    // a quotation that opens pointing back ("“It was the best shot,” said…", "“They are
    // scared,”…") leaves the reader asking what it is about, and the quotation is what the page
    // shows. In a camp with a side it still tells that its speaker stands there; among the other
    // voices it tells nothing, and is left out where another voice reads alone. Other lines that
    // open pointing back are kept ("He said…": the page names the speaker above the line; "But at
    // the hearing Mr Bush said…": the rest of the sentence is whole). Lines that read alone first.
    List<ActorStance> clear =
        OTHERS.equals(name) ? actors.stream().filter(a -> !a.best().opaque()).toList() : actors;
    List<Stance> stances =
        (clear.isEmpty() ? actors : clear)
            .stream()
                .sorted(
                    Comparator.comparingInt((ActorStance a) -> a.best().readsAlone() ? 0 : 1)
                        .thenComparing(Comparator.comparingDouble(ActorStance::weight).reversed()))
                .limit(clear.isEmpty() ? 1 : PER_CAMP)
                .map(
                    a ->
                        new Stance(
                            shown(a.best().name()), a.best().sent().line(), a.best().quote()))
                .toList();
    out.add(new Camp(name, stances));
  }

  private static final Pattern BASED = Pattern.compile("^[\\p{L}.]+-based\\s+(?=\\p{Lu})");
  private static final Pattern THE_ACRONYM = Pattern.compile("^[Tt]he\\s+(?=\\p{Lu}{2,}$)");

  /**
   * An actor's name as a camp lists it: without the seat before it ("London-based Harbour Watch" is
   * Harbour Watch), "the" capitalised, none before an acronym ("the NATO" is NATO).
   */
  static String shown(String name) {
    String n = THE_ACRONYM.matcher(BASED.matcher(name.strip()).replaceFirst("")).replaceFirst("");
    return n.startsWith("the ") ? "The" + n.substring(3) : n;
  }

  /**
   * True when the stances are about backing or opposing a proposal (a bill, a plan, a vote): at
   * least a third of the stance sentences name one and use a verb of backing or opposing, and such
   * sentences outnumber those that defend or criticise an act.
   */
  private static boolean proposalFraming(Map<String, List<Found>> all) {
    int proposal = 0;
    int action = 0;
    int total = 0;
    for (List<Found> fs : all.values()) {
      for (Found f : fs) {
        String t = f.sent().text();
        total++;
        proposal +=
            CueLexicon.has(CueLexicon.PROPOSAL, t) && CueLexicon.has(CueLexicon.BACKING, t) ? 1 : 0;
        action += CueLexicon.has(ACTION, t) ? 1 : 0;
      }
    }
    return 3 * proposal >= total && proposal > action;
  }
}

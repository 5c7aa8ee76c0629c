package dev.storyline.brief.actor;

import static dev.storyline.brief.Fixture.article;
import static dev.storyline.brief.Fixture.org;
import static dev.storyline.brief.Fixture.person;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.brief.text.StoryText;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.AnalyzedSentence;
import dev.storyline.domain.EntityKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whom a person speaks for or belongs to, as the sentence puts them side by side. */
class AffiliationTest {

  private static String principalOf(AnalyzedArticle a, String person) {
    Actors actors = Actors.of(List.of(a));
    Affiliation affiliation = Affiliation.of(StoryText.of(List.of(a)), actors);
    AnalyzedSentence s = a.sentences().get(0);
    String key =
        s.entities().stream()
            .filter(m -> m.kind() == EntityKind.PERSON && m.text().equals(person))
            .map(m -> actors.resolve(a.id(), s.index(), m))
            .findFirst()
            .orElseThrow();
    String principal = affiliation.principal(key);
    return principal == null ? null : actors.info(principal).name();
  }

  @Test
  void aPersonNamedWithTheirOrganisationInAppositionBelongsToIt() {
    AnalyzedArticle a =
        article("a", "A", "2025-01-01T00:00:00Z")
            .title("Dockers warn on ferry pact")
            .sentence(
                "Jo Lindqvist, leader of the Dock Union, warned that the pact was a bad deal.",
                person("Jo Lindqvist"),
                org("Dock Union"))
            .build();
    assertThat(principalOf(a, "Jo Lindqvist")).isEqualTo("Dock Union");
  }

  @Test
  void anOrganisationNamedLaterInTheSentenceIsNotTheirs() {
    AnalyzedArticle a =
        article("a", "A", "2025-01-01T00:00:00Z")
            .title("Dockers warn on ferry pact")
            .sentence(
                "Jo Lindqvist, who met the Dock Union on Monday, warned that the pact was bad.",
                person("Jo Lindqvist"),
                org("Dock Union"))
            .build();
    assertThat(principalOf(a, "Jo Lindqvist")).isNull();
  }

  private static Affiliation.Party partyOf(String sentence, String name, String... others) {
    List<dev.storyline.domain.EntityMention> ms = new java.util.ArrayList<>();
    for (String n :
        java.util.stream.Stream.concat(
                java.util.stream.Stream.of(name), java.util.stream.Stream.of(others))
            .toList()) {
      int at = sentence.indexOf(n);
      ms.add(
          new dev.storyline.domain.EntityMention(
              n, n.toLowerCase(), EntityKind.PERSON, at, at + n.length()));
    }
    ms.sort(java.util.Comparator.comparingInt(dev.storyline.domain.EntityMention::start));
    int i = 0;
    while (!ms.get(i).text().equals(name)) {
      i++;
    }
    return Affiliation.party(sentence, ms, i);
  }

  @Test
  void theTitleOfTheNextNameOrAClauseInTheAppositionIsNotTheNamesParty() {
    assertThat(
            partyOf(
                "Voting against Judge Marlow, the Senate Democratic leader, Ada Brent, said no.",
                "Judge Marlow",
                "Senate",
                "Ada Brent"))
        .isNull();
    assertThat(
            partyOf(
                "Ada Brent, the Senate Democratic leader, said no to Judge Marlow.",
                "Ada Brent",
                "Judge Marlow"))
        .isEqualTo(Affiliation.Party.DEMOCRAT);
    assertThat(
            partyOf(
                "Leakwire, the group that published the Republicans' emails, wrote to him.",
                "Leakwire"))
        .isNull();
    assertThat(partyOf("Leakwire, a Republican group, wrote to him.", "Leakwire"))
        .isEqualTo(Affiliation.Party.REPUBLICAN);
  }
}

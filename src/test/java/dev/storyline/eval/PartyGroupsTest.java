package dev.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartyGroupsTest {
  private static final String TEXT =
      "Rep. Ada Quill, D-Ore., said the levy was fair. Senator Bo Marsh, a Republican from Utah,"
          + " called it a tax. Tess Ilver, a teacher, said she had no view. Democratic Sen. Lia"
          + " Moravec agreed. Rep. Ada Quill, D-Ore., who chairs the panel on the Charter, spoke.";

  @Test
  void aPartyGroupLabelCreditsOnlyAMemberTheArticleGivesThatParty() {
    assertThat(PartyGroups.member("Representative Ada Quill", "Democratic_Lawmakers", TEXT))
        .isTrue();
    assertThat(PartyGroups.member("Bo Marsh", "Senate_Republicans", TEXT)).isTrue();
    assertThat(PartyGroups.member("Bo Marsh", "House_Democrats", TEXT)).isFalse();
    assertThat(PartyGroups.member("Tess Ilver", "Democratic_Lawmakers", TEXT)).isFalse();
    assertThat(PartyGroups.member("Lia Moravec", "Democratic_lawmakers", TEXT)).isTrue();
    // a thing named near a party tag is no member
    assertThat(PartyGroups.member("the Charter", "Democratic_Lawmakers", TEXT)).isFalse();
    // a label that names no party is never credited this way
    assertThat(PartyGroups.member("Ada Quill", "protesters", TEXT)).isFalse();
  }
}

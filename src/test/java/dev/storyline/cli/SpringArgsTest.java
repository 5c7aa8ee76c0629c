package dev.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpringArgsTest {

  @Test
  void aCommandsOwnSettingIsAddedOnlyWhenTheUserDidNotSetIt() {
    List<String> args = new ArrayList<>(List.of("--server.port=9000"));
    SpringArgs.setIfAbsent(args, "storyline.sample.import-on-start", "false");
    assertThat(args)
        .containsExactly("--server.port=9000", "--storyline.sample.import-on-start=false");

    List<String> user = new ArrayList<>(List.of("--storyline.sample.import-on-start=true"));
    SpringArgs.setIfAbsent(user, "storyline.sample.import-on-start", "false");
    assertThat(user).containsExactly("--storyline.sample.import-on-start=true");
  }
}

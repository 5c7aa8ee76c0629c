package dev.storyline.eval;

import dev.storyline.app.Stages;

/**
 * Dev tool: {@code eval extract} without building the jar or loading the models. Arguments as for
 * {@code storyline eval extract}, e.g. {@code --input ../shared/data/extraction-dragnet --split
 * train --worst 20}.
 */
public final class ExtractProbe {
  private ExtractProbe() {}

  public static void main(String[] args) throws Exception {
    String[] all = new String[args.length + 1];
    all[0] = "extract";
    System.arraycopy(args, 0, all, 1, args.length);
    System.exit(
        new EvalCommand(
                System.out,
                System.err,
                new Toolkit(
                    null, null, null, null, null, null, java.util.Optional.empty(), Stages.json()))
            .run(all));
  }
}

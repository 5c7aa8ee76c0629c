package dev.storyline.eval.timeline;

import dev.storyline.eval.timeline.DatedTimeline.Item;
import java.util.ArrayList;
import java.util.List;

/**
 * A date's candidate sentences, as the "PM-Mean" collector of Ghalandari & Ifrim (2020): when a
 * date has both sentences that name it and leads of articles published around it, the date's vector
 * keeps only the terms both kinds use (each kind's mean, summed), and only the candidates whose
 * similarity to it lies above the knee of the sorted similarities stay (all of them when none
 * would). A date with only one kind keeps that kind.
 */
final class Candidates {
  private Candidates() {}

  static List<Item> filter(List<Item> mentioned, List<Item> published, int dims) {
    if (mentioned.isEmpty() || published.isEmpty()) {
      return mentioned.isEmpty() ? published : mentioned;
    }
    double[] shared = shared(mean(mentioned, dims), mean(published, dims));
    double norm2 = TfIdf.norm2(shared);
    List<Item> all = new ArrayList<>(mentioned);
    all.addAll(published);
    double[] sims = new double[all.size()];
    for (int i = 0; i < sims.length; i++) {
      sims[i] = TfIdf.cosine(all.get(i).vector(), shared, norm2);
    }
    double threshold = CentroidOpt.kneeThreshold(sims);
    List<Item> kept = new ArrayList<>();
    for (int i = 0; i < sims.length; i++) {
      if (sims[i] > 0 && sims[i] > threshold) {
        kept.add(all.get(i));
      }
    }
    return kept.isEmpty() ? all : kept;
  }

  private static double[] mean(List<Item> items, int dims) {
    double[] sum = new double[dims];
    items.forEach(i -> TfIdf.add(sum, i.vector(), 1.0 / items.size()));
    return sum;
  }

  /** Per term, the sum of the two means where both are non-zero, else zero. */
  static double[] shared(double[] a, double[] b) {
    double[] out = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = a[i] != 0 && b[i] != 0 ? a[i] + b[i] : 0;
    }
    return out;
  }
}

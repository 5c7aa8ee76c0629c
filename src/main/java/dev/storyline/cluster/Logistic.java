package dev.storyline.cluster;

import java.util.List;

/**
 * Logistic regression by Newton's method (IRLS) with a ridge (total, not per row); the last weight
 * is the bias.
 */
final class Logistic {
  private Logistic() {}

  /** Fits weights for {@code rows}; column {@code skip} is left out (its weight stays 0). */
  static double[] fit(List<double[]> rows, List<Boolean> labels, int skip, double ridge) {
    boolean[] skipped = new boolean[rows.get(0).length];
    skipped[skip] = true;
    return fit(rows, labels, skipped, ridge);
  }

  /** Fits weights for {@code rows}; the columns marked in {@code skip} are left out (weight 0). */
  static double[] fit(List<double[]> rows, List<Boolean> labels, boolean[] skip, double ridge) {
    int d = rows.get(0).length + 1;
    double[] w = new double[d];
    for (int iter = 0; iter < 30; iter++) {
      double[] g = new double[d];
      double[][] h = new double[d][d];
      for (int r = 0; r < rows.size(); r++) {
        double[] x = withBias(rows.get(r), skip);
        double p = 1 / (1 + Math.exp(-dot(w, x)));
        double y = labels.get(r) ? 1 : 0;
        for (int i = 0; i < d; i++) {
          g[i] += (p - y) * x[i];
          for (int j = 0; j <= i; j++) {
            h[i][j] += p * (1 - p) * x[i] * x[j];
          }
        }
      }
      for (int i = 0; i < d; i++) {
        for (int j = 0; j < i; j++) {
          h[j][i] = h[i][j];
        }
        double reg = i == d - 1 ? 0 : ridge;
        h[i][i] += reg + 1e-9;
        g[i] += reg * w[i];
      }
      double[] step = solve(h, g);
      double change = 0;
      for (int i = 0; i < d; i++) {
        w[i] -= step[i];
        change = Math.max(change, Math.abs(step[i]));
      }
      if (change < 1e-6) {
        break;
      }
    }
    return w;
  }

  private static double[] withBias(double[] row, boolean[] skip) {
    double[] x = new double[row.length + 1];
    System.arraycopy(row, 0, x, 0, row.length);
    for (int i = 0; i < skip.length; i++) {
      if (skip[i]) {
        x[i] = 0;
      }
    }
    x[row.length] = 1;
    return x;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  /** Solves h x = g by Gaussian elimination with partial pivoting. */
  static double[] solve(double[][] h, double[] g) {
    int n = g.length;
    double[][] a = new double[n][n + 1];
    for (int i = 0; i < n; i++) {
      System.arraycopy(h[i], 0, a[i], 0, n);
      a[i][n] = g[i];
    }
    for (int c = 0; c < n; c++) {
      int p = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(a[r][c]) > Math.abs(a[p][c])) {
          p = r;
        }
      }
      double[] t = a[c];
      a[c] = a[p];
      a[p] = t;
      for (int r = c + 1; r < n; r++) {
        double f = a[r][c] / a[c][c];
        for (int k = c; k <= n; k++) {
          a[r][k] -= f * a[c][k];
        }
      }
    }
    double[] x = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      double s = a[i][n];
      for (int k = i + 1; k < n; k++) {
        s -= a[i][k] * x[k];
      }
      x[i] = s / a[i][i];
    }
    return x;
  }
}

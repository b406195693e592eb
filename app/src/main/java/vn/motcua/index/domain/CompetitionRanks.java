package vn.motcua.index.domain;

/** Competition ranks ("1224"): one more than the number of strictly higher totals, so equal totals share a rank. */
public final class CompetitionRanks {

    private CompetitionRanks() { }

    public static int[] of(double[] totals) {
        int[] ranks = new int[totals.length];
        for (int i = 0; i < totals.length; i++) {
            int higher = 0;
            for (double t : totals) {
                if (t > totals[i]) {
                    higher++;
                }
            }
            ranks[i] = higher + 1;
        }
        return ranks;
    }
}

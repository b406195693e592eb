package vn.motcua.targets.domain;

/** The six displayed groups of the Decision 766 index and their points (100 in all). */
public enum IndexGroup {
    CKMB(18), TDGQ(20), ONLINE(12), TTTT(10), MDSH(22), MDHL(18);

    private final int points;

    IndexGroup(int points) {
        this.points = points;
    }

    public int points() { return points; }
}

package vn.motcua.targets.domain;

/**
 * The six displayed groups of the Decision 766 index, by the portal's codes. Their points are not here: they are the
 * rule set's in force ({@link GroupPoints}), effective-dated data a revision changes without a code change.
 */
public enum IndexGroup {
    CKMB, TDGQ, ONLINE, TTTT, MDSH, MDHL
}

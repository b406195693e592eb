package vn.motcua.targets.domain;

import java.util.OptionalDouble;

/**
 * The points of an index group in a target's year: what a group score target may reach. Implemented by the index
 * area from its rule sets (the one home of the points); the targets only ask.
 */
public interface GroupPoints {

    /** The group's maximum points in {@code year}; empty when the rule set used for that year has no such group. */
    OptionalDouble of(IndexGroup group, int year);
}

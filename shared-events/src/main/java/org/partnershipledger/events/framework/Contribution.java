package org.partnershipledger.events.framework;

/**
 * How much one dimension pushed the weighted sum away from the threshold, in half-points:
 * {@code weight * (2 * score - 5)}. Positive pushes towards relational governance.
 */
public record Contribution(Dimension dimension, int value) {

}

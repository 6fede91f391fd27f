package org.partnershipledger.command.partnership;

/**
 * What choosing a model answers: the partnership's new version and whether the choice
 * departs from the recommendation.
 */
public record ModelChoiceRecorded(long version, boolean departsFromRecommendation) {

}

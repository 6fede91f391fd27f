package org.partnershipledger.command.partnership;

import org.partnershipledger.events.framework.Recommendation;

/**
 * What assessing answers: the partnership's new version and the stored recommendation.
 */
public record AssessmentRecorded(long version, Recommendation recommendation) {

}

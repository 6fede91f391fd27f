package org.partnershipledger.command.review;

/** An open review whose deadline has passed. */
record OverdueReview(String partnershipId, String reviewId) {

}

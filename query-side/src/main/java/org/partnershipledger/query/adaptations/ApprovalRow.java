package org.partnershipledger.query.adaptations;

/**
 * One affected party's approval on the agreement form: approved or not, and a comment.
 */
public class ApprovalRow {

	private String partyId;

	private boolean approved;

	private String comment;

	static ApprovalRow of(String partyId) {
		ApprovalRow row = new ApprovalRow();
		row.partyId = partyId;
		return row;
	}

	public String getPartyId() {
		return this.partyId;
	}

	public void setPartyId(String partyId) {
		this.partyId = partyId;
	}

	public boolean isApproved() {
		return this.approved;
	}

	public void setApproved(boolean approved) {
		this.approved = approved;
	}

	public String getComment() {
		return this.comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

}

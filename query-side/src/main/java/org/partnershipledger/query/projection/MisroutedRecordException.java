package org.partnershipledger.query.projection;

/**
 * A record whose key is not the partnership its envelope belongs to: it came on the wrong
 * partition, so nothing says where it stands in that partnership's order.
 */
class MisroutedRecordException extends IllegalArgumentException {

	MisroutedRecordException(String key, String partnershipId) {
		super((partnershipId == null)
				? "The record's envelope names no partnership (its key is " + key
						+ "); parked out of order, to be looked at"
				: "The record's key " + key + " is not the partnership " + partnershipId
						+ " it carries; parked out of order, to be looked at");
	}

}

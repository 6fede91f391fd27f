package org.partnershipledger.command.partnership;

/** Why a command was rejected, in the terms the API answers with. */
public enum RejectionKind {

	/** The partnership does not exist, or the person may not see it. */
	NOT_FOUND,

	/** The person may see the partnership but may not issue this command. */
	FORBIDDEN,

	/** The partnership's state does not allow the command. */
	CONFLICT,

	/** The input is well-formed but breaks a domain rule. */
	UNPROCESSABLE

}

package org.partnershipledger.command.partnership;

import java.util.List;

import org.partnershipledger.api.FieldProblem;

/**
 * A command the partnership refuses. Nothing is stored. The kind says which answer the
 * person gets; the problems name the fields to fix, where there are any.
 */
public class PartnershipRejection extends RuntimeException {

	private final RejectionKind kind;

	private final List<FieldProblem> problems;

	public PartnershipRejection(RejectionKind kind, String message, List<FieldProblem> problems) {
		super(message, null, false, false);
		this.kind = kind;
		this.problems = List.copyOf(problems);
	}

	static PartnershipRejection notFound(String partnershipId) {
		return new PartnershipRejection(RejectionKind.NOT_FOUND, "There is no partnership " + partnershipId, List.of());
	}

	/** Something inside a partnership the person may see does not exist. */
	static PartnershipRejection noSuch(String message) {
		return new PartnershipRejection(RejectionKind.NOT_FOUND, message, List.of());
	}

	static PartnershipRejection forbidden(String message) {
		return new PartnershipRejection(RejectionKind.FORBIDDEN, message, List.of());
	}

	static PartnershipRejection conflict(String message) {
		return new PartnershipRejection(RejectionKind.CONFLICT, message, List.of());
	}

	static PartnershipRejection unprocessable(String message, List<FieldProblem> problems) {
		return new PartnershipRejection(RejectionKind.UNPROCESSABLE, message, problems);
	}

	public RejectionKind kind() {
		return this.kind;
	}

	public List<FieldProblem> problems() {
		return this.problems;
	}

}

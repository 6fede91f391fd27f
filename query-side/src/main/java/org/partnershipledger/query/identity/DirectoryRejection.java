package org.partnershipledger.query.identity;

import java.util.List;

import org.partnershipledger.api.FieldProblem;

/**
 * The directory refused a new organisation or person: invalid input, or (when
 * {@link #isConflict()}) one that already exists. The problems name the fields, so a form
 * or an API client can show them.
 */
public class DirectoryRejection extends RuntimeException {

	private final boolean conflict;

	private final List<FieldProblem> problems;

	DirectoryRejection(boolean conflict, List<FieldProblem> problems) {
		super(problems.isEmpty() ? "Rejected" : problems.get(0).message());
		this.conflict = conflict;
		this.problems = List.copyOf(problems);
	}

	public static DirectoryRejection invalid(List<FieldProblem> problems) {
		return new DirectoryRejection(false, problems);
	}

	public static DirectoryRejection duplicate(String field, String message) {
		return new DirectoryRejection(true, List.of(new FieldProblem(field, message)));
	}

	public boolean isConflict() {
		return this.conflict;
	}

	public List<FieldProblem> problems() {
		return this.problems;
	}

}

package org.partnershipledger.command.api;

import java.util.List;

import org.partnershipledger.api.FieldProblem;

/** A request whose fields are wrong; answered with 400 and the fields to fix. */
class InvalidRequestException extends RuntimeException {

	private final List<FieldProblem> problems;

	InvalidRequestException(List<FieldProblem> problems) {
		super("The request has " + problems.size() + (problems.size() == 1 ? " problem" : " problems"), null, false,
				false);
		this.problems = List.copyOf(problems);
	}

	List<FieldProblem> problems() {
		return this.problems;
	}

}

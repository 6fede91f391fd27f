package org.partnershipledger.query.commands;

import java.util.List;

import org.partnershipledger.api.Accepted;
import org.partnershipledger.api.FieldProblem;

/**
 * What the command side answered: either {@code accepted} (status 201) or a problem with
 * its title, detail and field errors, passed on as the command side gave them.
 *
 * @param location the public address of what the command created or changed
 * @param type the problem's type URI, {@code null} when accepted
 */
public record CommandOutcome(int status, Accepted accepted, String title, String detail, List<FieldProblem> errors,
		String location, String type) {

	public CommandOutcome {
		errors = (errors == null) ? List.of() : List.copyOf(errors);
	}

	public boolean isAccepted() {
		return this.accepted != null && this.status >= 200 && this.status < 300;
	}

	/** The problem for one field, if the command side named it. */
	public String errorFor(String field) {
		return this.errors.stream()
			.filter((problem) -> field.equals(problem.field()))
			.map(FieldProblem::message)
			.findFirst()
			.orElse(null);
	}

}

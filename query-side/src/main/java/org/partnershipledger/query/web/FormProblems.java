package org.partnershipledger.query.web;

import java.util.List;
import java.util.function.Function;

import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.validation.BindingResult;

import org.partnershipledger.api.FieldProblem;
import org.partnershipledger.query.commands.CommandOutcome;

/**
 * Puts what was wrong with a request (as the command side, the user directory or the
 * request's own checks said it) onto the form, so the page shows it in the error summary
 * and next to the field. A field path of the API (such as
 * {@code scores.SPECIFIABILITY.evidence}) is translated to the form's property by the
 * form; a problem with no field on the form goes to the summary alone.
 */
public final class FormProblems {

	private FormProblems() {
	}

	/**
	 * Shows a rejected command on the form.
	 * @throws PageNotFoundException when the command side answered 404
	 * @throws PageForbiddenException when it answered 403
	 */
	public static void show(CommandOutcome outcome, BindingResult result, Function<String, String> formField) {
		if (outcome.status() == 404) {
			throw new PageNotFoundException(outcome.detail());
		}
		if (outcome.status() == 403) {
			throw new PageForbiddenException(outcome.detail());
		}
		reject(outcome.errors(), result, formField);
		if (outcome.errors().isEmpty()) {
			String message = (outcome.detail() != null) ? outcome.detail() : outcome.title();
			result.reject("command." + outcome.status(),
					(message != null) ? message : "The change could not be recorded. Try again.");
		}
	}

	/** Adds each problem to its form field, or to the form as a whole. */
	public static void reject(List<FieldProblem> problems, BindingResult result, Function<String, String> formField) {
		for (FieldProblem problem : problems) {
			String field = (problem.field() != null) ? formField.apply(problem.field()) : null;
			if (field != null && isOnForm(result, field)) {
				if (!result.hasFieldErrors(field)) {
					result.rejectValue(field, "command", problem.message());
				}
			}
			else {
				result.reject("command", problem.message());
			}
		}
	}

	private static boolean isOnForm(BindingResult result, String field) {
		Object form = result.getTarget();
		return form != null && PropertyAccessorFactory.forBeanPropertyAccess(form).isReadableProperty(field);
	}

}

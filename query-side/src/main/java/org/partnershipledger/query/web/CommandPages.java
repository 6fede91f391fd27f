package org.partnershipledger.query.web;

import java.util.function.Function;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

import org.partnershipledger.api.Accepted;
import org.partnershipledger.api.CommandRoute;
import org.partnershipledger.query.commands.CommandClient;
import org.partnershipledger.query.commands.CommandOutcome;
import org.partnershipledger.query.identity.LedgerUser;

/**
 * Sends a form's request to the command side by its route and, when it is refused, puts
 * what was wrong on the form, so each page controller only says which path, which form
 * and where to go next.
 */
@Component
public class CommandPages {

	private final CommandClient commands;

	CommandPages(CommandClient commands) {
		this.commands = commands;
	}

	/**
	 * The accepted answer, or {@code null} when the command was refused and its problems
	 * are on {@code result}.
	 * @param route the command
	 * @param variables the values of the route's path variables, in order
	 * @throws PageNotFoundException when the command side answered 404
	 * @throws PageForbiddenException when it answered 403
	 */
	public Accepted send(LedgerUser user, CommandRoute route, Object[] variables, Object request, BindingResult result,
			Function<String, String> formField) {
		CommandOutcome outcome = this.commands.send(user.identity(), route.internalPath(variables), request);
		if (!outcome.isAccepted()) {
			FormProblems.show(outcome, result, formField);
			return null;
		}
		return outcome.accepted();
	}

}

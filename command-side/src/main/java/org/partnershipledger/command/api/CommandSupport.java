package org.partnershipledger.command.api;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import org.partnershipledger.api.FieldProblem;
import org.partnershipledger.api.LedgerRequest;
import org.partnershipledger.api.RequestLimits;

/**
 * What every internal command endpoint does: check the request's fields, resolve its
 * business date, send the command.
 */
@Component
class CommandSupport {

	private final CommandGateway commands;

	private final Clock clock;

	CommandSupport(CommandGateway commands, Clock clock) {
		this.commands = commands;
		this.clock = clock;
	}

	/**
	 * Rejects a request with wrong fields or fields over their size limits; otherwise its
	 * business date, now by default. Now is cut to the millisecond, the precision of the
	 * recorded time, so that a default business date is never after the time the event is
	 * recorded.
	 */
	Instant validOccurredAt(LedgerRequest request) {
		List<FieldProblem> problems = new ArrayList<>(RequestLimits.problems(request));
		problems.addAll(request.problems(this.clock));
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
		return (request.occurredAt() != null) ? request.occurredAt()
				: this.clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
	}

	/**
	 * Sends a command and waits for its handler's answer: the partnership's new version,
	 * or what the command decided.
	 */
	Object send(Object command) {
		return this.commands.sendAndWait(command);
	}

}

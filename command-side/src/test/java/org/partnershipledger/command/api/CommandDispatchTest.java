package org.partnershipledger.command.api;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.partnershipledger.api.CommandRoute;
import org.partnershipledger.api.LedgerRequest;
import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.command.partnership.PartnershipCommand;
import org.partnershipledger.command.partnership.SetUpCommands.RegisterPartnership;
import org.partnershipledger.events.model.Organisation;
import org.partnershipledger.events.model.OrganisationIdentifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * Every route of the route table sends a command of its own to the partnership its path
 * names, carrying the person and the request as they came.
 */
class CommandDispatchTest {

	private static final Identity PERSON = new Identity("jane", "Jane", UserRole.COMMISSIONER,
			new Organisation("Council", new OrganisationIdentifier("GB-LAC", "E0001")));

	private static final Instant AT = Instant.parse("2026-01-15T12:00:00Z");

	private static CommandDispatch.Issued issue(CommandRoute route) {
		Map<String, String> variables = new LinkedHashMap<>();
		route.variables().forEach((name) -> variables.put(name, name + "-in-path"));
		LedgerRequest request = mock(route.requestType());
		return CommandDispatch.command(new CommandRoute.Call(route, variables), PERSON, request, AT);
	}

	@ParameterizedTest
	@EnumSource(CommandRoute.class)
	void eachRouteSendsACommandToThePartnershipInItsPath(CommandRoute route) throws Exception {
		CommandDispatch.Issued issued = issue(route);
		Object command = issued.command();
		if (route == CommandRoute.REGISTER_PARTNERSHIP) {
			assertThat(command).isInstanceOf(RegisterPartnership.class);
			assertThat(((RegisterPartnership) command).partnershipId()).isEqualTo(issued.partnershipId()).isNotBlank();
			return;
		}
		assertThat(command).isInstanceOf(PartnershipCommand.class);
		assertThat(((PartnershipCommand) command).identity()).isEqualTo(PERSON);
		assertThat(issued.partnershipId()).isEqualTo("partnershipId-in-path");
		assertThat(targetOf(command)).isEqualTo("partnershipId-in-path");
		if (route.resource().idField() != null) {
			String expected = route.createsResource() ? null : route.resource().idField() + "-in-path";
			if (expected != null) {
				assertThat(issued.resourceId()).isEqualTo(expected);
			}
			else {
				assertThat(issued.resourceId()).isNotBlank().doesNotEndWith("-in-path");
			}
		}
	}

	@Test
	void noTwoRoutesSendTheSameCommand() {
		Set<Class<?>> commands = new HashSet<>();
		for (CommandRoute route : CommandRoute.values()) {
			commands.add(issue(route).command().getClass());
		}
		assertThat(commands).hasSize(CommandRoute.values().length);
	}

	private static Object targetOf(Object command) throws Exception {
		for (var component : command.getClass().getRecordComponents()) {
			if (command.getClass()
				.getDeclaredField(component.getName())
				.isAnnotationPresent(TargetAggregateIdentifier.class)) {
				return component.getAccessor().invoke(command);
			}
		}
		throw new AssertionError(command.getClass() + " names no target aggregate");
	}

}

package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.partnershipledger.command.CommandSideIntegrationTest;
import org.partnershipledger.command.partnership.SetUpCommands.AddParty;
import org.partnershipledger.command.partnership.SetUpCommands.RegisterPartnership;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * With the local command bus, {@code sendAndWait} rethrows a handler's exception as it
 * was thrown, so the API can answer for it without unwrapping.
 */
class RejectionsReachTheCallerTest extends CommandSideIntegrationTest {

	@Autowired
	private CommandGateway commands;

	@Test
	void aRejectionFromAHandlerReachesTheCallerUnwrapped() {
		String id = UUID.randomUUID().toString();
		this.commands.sendAndWait(new RegisterPartnership(id, "party-council", COMMISSIONER,
				PartnershipTestData.registerRequest(), Instant.now()));
		assertThatThrownBy(() -> this.commands
			.sendAndWait(new AddParty(id, "party-x", PROVIDER, PartnershipTestData.addCharityRequest(), Instant.now())))
			.isExactlyInstanceOf(PartnershipRejection.class)
			.extracting((ex) -> ((PartnershipRejection) ex).kind())
			.isEqualTo(RejectionKind.NOT_FOUND);
	}

	@Test
	void anUnknownPartnershipReachesTheCallerAsAggregateNotFound() {
		assertThatThrownBy(() -> this.commands.sendAndWait(new AddParty("no-such-" + UUID.randomUUID(), "party-x",
				COMMISSIONER, PartnershipTestData.addCharityRequest(), Instant.now())))
			.isInstanceOf(AggregateNotFoundException.class);
	}

	@Test
	void aRejectedRegistrationReachesTheCallerUnwrapped() {
		assertThatThrownBy(() -> this.commands.sendAndWait(new RegisterPartnership(UUID.randomUUID().toString(),
				"party-x", PROVIDER, PartnershipTestData.registerRequest(), Instant.now())))
			.isExactlyInstanceOf(PartnershipRejection.class);
	}

}

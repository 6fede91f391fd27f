package org.partnershipledger.command.partnership;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Aggregate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import org.partnershipledger.api.ChoosePartnershipModelRequest;
import org.partnershipledger.command.CommandSideIntegrationTest;
import org.partnershipledger.command.partnership.SetUpCommands.AddParty;
import org.partnershipledger.command.partnership.SetUpCommands.AssessServiceCharacteristics;
import org.partnershipledger.command.partnership.SetUpCommands.ChoosePartnershipModel;
import org.partnershipledger.command.partnership.SetUpCommands.RegisterPartnership;
import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.model.DepartureReason;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A snapshot (Jackson, stored in PostgreSQL) holds the whole state, and a partnership
 * loads from it.
 */
class SnapshotRoundTripTest extends CommandSideIntegrationTest {

	@Autowired
	private CommandGateway commands;

	@Autowired
	private Snapshotter snapshotter;

	@Autowired
	private EventStore eventStore;

	@Autowired
	private Configuration axon;

	@Autowired
	@Qualifier("partnershipCache")
	private Cache cache;

	@Test
	void aSnapshotHoldsTheWholeStateAndThePartnershipLoadsFromIt() {
		String id = UUID.randomUUID().toString();
		Instant now = Instant.now();
		this.commands.sendAndWait(
				new RegisterPartnership(id, "party-council", COMMISSIONER, PartnershipTestData.registerRequest(), now));
		long joined = this.commands.<Long>sendAndWait(
				new AddParty(id, "party-charity", COMMISSIONER, PartnershipTestData.addCharityRequest(), now));
		AssessmentRecorded assessed = this.commands.sendAndWait(new AssessServiceCharacteristics(id, "a-1",
				COMMISSIONER, PartnershipTestData.assessRequest(4, 4, 4, 3, 5, 4, 5), now));
		ModelChoiceRecorded chosen = this.commands.sendAndWait(new ChoosePartnershipModel(id, "d-1", COMMISSIONER,
				new ChoosePartnershipModelRequest(PartnershipModel.TRANSACTIONAL_CONTRACT, PaymentMechanism.FIXED_PRICE,
						"a-1", PartnershipTestData.JUSTIFICATION, List.of(DepartureReason.PILOT_FIRST), null, null),
				now));
		assertThat(List.of(joined, assessed.version(), chosen.version())).containsExactly(1L, 2L, 3L);

		this.snapshotter.scheduleSnapshot(Partnership.class, id);
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.sql("SELECT count(*) FROM snapshotevententry WHERE aggregateidentifier = :id")
				.param("id", id)
				.query(Long.class)
				.single() == 1);

		DomainEventMessage<?> snapshot = this.eventStore.readEvents(id).next();
		assertThat(snapshot.getSequenceNumber()).isEqualTo(3);
		assertThat(snapshot.getPayload()).isInstanceOf(Partnership.class);
		assertHoldsTheWholeState((Partnership) snapshot.getPayload(), id);

		this.cache.removeAll();
		Partnership loaded = DefaultUnitOfWork.startAndGet(null).executeWithResult(() -> {
			Aggregate<Partnership> aggregate = this.axon.repository(Partnership.class).load(id);
			return aggregate.invoke((partnership) -> partnership);
		}).getPayload();
		assertHoldsTheWholeState(loaded, id);

		ModelChoiceRecorded again = this.commands.sendAndWait(new ChoosePartnershipModel(id, "d-2", COMMISSIONER,
				new ChoosePartnershipModelRequest(PartnershipModel.FORMAL_RELATIONAL_CONTRACT,
						PaymentMechanism.OUTCOMES_BASED, "a-1", null, List.of(), null, null),
				now));
		assertThat(again.version()).isEqualTo(4);
	}

	private static void assertHoldsTheWholeState(Partnership partnership, String id) {
		assertThat(partnership.partnershipId()).isEqualTo(id);
		assertThat(partnership.status()).isEqualTo(PartnershipStatus.MODEL_CHOSEN);
		assertThat(partnership.parties()).containsOnlyKeys("party-council", "party-charity");
		assertThat(partnership.parties().get("party-council").roles())
			.containsExactly(org.partnershipledger.events.model.PartyRole.COMMISSIONER);
		assertThat(partnership.latestAssessment().assessmentId()).isEqualTo("a-1");
		assertThat(partnership.latestAssessment().scores()).hasSize(7);
		assertThat(partnership.latestAssessment().recommendation().model())
			.isEqualTo(PartnershipModel.FORMAL_RELATIONAL_CONTRACT);
		assertThat(partnership.chosenModel()).isEqualTo(PartnershipModel.TRANSACTIONAL_CONTRACT);
		assertThat(partnership.paymentMechanism()).isEqualTo(PaymentMechanism.FIXED_PRICE);
	}

}

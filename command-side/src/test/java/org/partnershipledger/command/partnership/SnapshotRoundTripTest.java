package org.partnershipledger.command.partnership;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.awaitility.Awaitility;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.AbstractEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.util.ReflectionTestUtils;

import org.partnershipledger.api.ChoosePartnershipModelRequest;
import org.partnershipledger.api.FieldProblem;
import org.partnershipledger.command.CommandSideIntegrationTest;
import org.partnershipledger.command.partnership.SetUpCommands.AddParty;
import org.partnershipledger.command.partnership.SetUpCommands.AssessServiceCharacteristics;
import org.partnershipledger.command.partnership.SetUpCommands.ChoosePartnershipModel;
import org.partnershipledger.command.partnership.SetUpCommands.RegisterPartnership;
import org.partnershipledger.events.PartnershipEvent;
import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.model.DepartureReason;
import org.partnershipledger.events.model.PartnershipStatus;
import org.partnershipledger.events.relational.AdaptationStatus;
import org.partnershipledger.events.relational.OutcomeReportStatus;
import org.partnershipledger.events.relational.ReviewStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipledger.command.partnership.PartnershipTestData.CHARITY_PARTY;
import static org.partnershipledger.command.partnership.PartnershipTestData.COUNCIL_PARTY;
import static org.partnershipledger.command.partnership.RelationalTestData.PARTNER_PARTY;

/**
 * A snapshot (Jackson, stored in PostgreSQL) holds the whole state, and a partnership
 * loads from it and decides as before.
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

	@Autowired
	private EventStorageEngine storageEngine;

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

	/**
	 * Every field of a partnership that lived through every area (each one holding
	 * something) reads back as it was through the serializer snapshots are stored with;
	 * and the restored partnership decides the next commands of each area as the one it
	 * was made from, events, metadata and answer, or refusal.
	 */
	@Test
	void theWholeStateReadsBackFromTheSnapshotSerializerAndDecidesAsBefore() {
		Partnership lived = WholeLifeTestData.livedThroughEveryArea();
		assertEveryFieldHoldsSomething(lived);
		Serializer snapshots = ((AbstractEventStorageEngine) this.storageEngine).getSnapshotSerializer();

		Partnership restored = snapshots.deserialize(snapshots.serialize(lived, byte[].class));

		assertThat(restored).usingRecursiveComparison().isEqualTo(lived);
		WholeLifeTestData.decidedNext().forEach((command, decide) -> {
			Outcome before = Outcome.of(decide, lived);
			assertThat(before.refusal()).as(command).isNull();
			assertThat(Outcome.of(decide, restored)).as(command).usingRecursiveComparison().isEqualTo(before);
		});
		WholeLifeTestData.refusedNext().forEach((command, decide) -> {
			Outcome before = Outcome.of(decide, lived);
			assertThat(before.refusal()).as(command).isNotNull();
			assertThat(Outcome.of(decide, restored)).as(command).usingRecursiveComparison().isEqualTo(before);
		});
	}

	/** No field of the aggregate is null or an empty collection. */
	private static void assertEveryFieldHoldsSomething(Partnership partnership) {
		for (Field field : Partnership.class.getDeclaredFields()) {
			if (Modifier.isStatic(field.getModifiers())) {
				continue;
			}
			Object value = ReflectionTestUtils.getField(partnership, field.getName());
			assertThat(value).as(field.getName()).isNotNull();
			if (value instanceof Map<?, ?> map) {
				assertThat(map).as(field.getName()).isNotEmpty();
			}
			if (value instanceof Collection<?> collection) {
				assertThat(collection).as(field.getName()).isNotEmpty();
			}
		}
		assertThat(partnership.adaptations().values()).extracting(Adaptation::status)
			.contains(AdaptationStatus.values());
		assertThat(partnership.reviews().values()).extracting(Review::state)
			.contains(ReviewStatus.HELD, ReviewStatus.MISSED, ReviewStatus.SCHEDULED);
		assertThat(partnership.outcomeReports().values()).extracting(OutcomeReport::status)
			.contains(OutcomeReportStatus.values());
		assertThat(partnership.governance().visionVersion()).isPositive();
		assertThat(partnership.governance().principlesVersion()).isPositive();
		assertThat(partnership.governance().arrangements()).isNotEmpty();
		assertThat(partnership.contract()).hasNoNullFieldsOrProperties();
		assertThat(partnership.pendingDecisions().values()).singleElement().satisfies((pending) -> {
			assertThat(pending.confirmations()).containsOnlyKeys(COUNCIL_PARTY, PARTNER_PARTY);
			assertThat(pending.awaiting()).containsExactly(CHARITY_PARTY);
		});
		assertThat(partnership.jointDecisionsProposed()).isEqualTo(9);
	}

	/** What a decision comes to: its events, metadata and answer, or its refusal. */
	private record Outcome(List<PartnershipEvent> events, Map<String, Object> metaData, Object answer,
			RejectionKind refusal, String message, List<FieldProblem> problems) {

		private static final long VERSION = 99;

		static Outcome of(Function<PartnershipState, Decision<?>> decide, PartnershipState state) {
			try {
				Decision<?> decision = decide.apply(state);
				return new Outcome(decision.events(), Map.copyOf(decision.metaData()), decision.answer().apply(VERSION),
						null, null, List.of());
			}
			catch (PartnershipRejection rejection) {
				return new Outcome(List.of(), Map.of(), null, rejection.kind(), rejection.getMessage(),
						rejection.problems());
			}
		}

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

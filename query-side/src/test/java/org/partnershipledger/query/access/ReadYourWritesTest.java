package org.partnershipledger.query.access;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.events.model.OrganisationIdentifier;
import org.partnershipledger.query.QuerySideIntegrationTest;
import org.partnershipledger.query.StandInCommandSide;
import org.partnershipledger.query.StandInCommandSide.Answer;
import org.partnershipledger.query.TestEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Reads with {@code minVersion} (ARCHITECTURE.md §5): who waits, for how long, how many
 * at once, and what a read of a partnership the views do not show yet answers.
 */
class ReadYourWritesTest extends QuerySideIntegrationTest {

	private static final String REGISTRATION = """
			{"title": "Homelessness outcomes", "description": "Support", "serviceArea": "Housing",
			 "legalRegime": "PA2023_LIGHT_TOUCH", "plannedPeriod": {"startDate": "2025-04-01", "endDate": "2030-03-31"}}
			""";

	@Autowired
	private MockMvc mvc;

	private final CountDownLatch release = new CountDownLatch(1);

	private final ExecutorService readers = Executors.newFixedThreadPool(4);

	@AfterEach
	void releaseWaits() {
		this.release.countDown();
		this.readers.shutdown();
	}

	@Test
	void aPartnershipJustRegisteredButNotInTheViewsYetIs503WithRetryAfterForWhoRegisteredIt() throws Exception {
		OrganisationIdentifier council = organisation("GB-LAC", "Anytown Council");
		String commissioner = person(UserRole.COMMISSIONER, council);
		String partnershipId = registeredButNotProjected(commissioner);

		this.mvc
			.perform(get("/api/v1/partnerships/{id}", partnershipId).param("minVersion", "0")
				.with(httpBasic(commissioner, PASSWORD)))
			.andExpect(status().isServiceUnavailable())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().exists("Retry-After"))
			.andExpect(jsonPath("$.status").value(503));
		this.mvc
			.perform(get("/api/v1/partnerships/{id}/events", partnershipId).param("minVersion", "0")
				.with(httpBasic(commissioner, PASSWORD)))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().exists("Retry-After"));
	}

	@Test
	void anyoneElseAskingForThatIdIsToldAtOnceThatThereIsNoneTheyMaySee() throws Exception {
		String commissioner = person(UserRole.COMMISSIONER, organisation("GB-LAC", "Anytown Council"));
		String partnershipId = registeredButNotProjected(commissioner);
		String stranger = person(UserRole.COMMISSIONER, organisation("GB-LAC", "Othertown Council"));

		this.mvc
			.perform(get("/api/v1/partnerships/{id}", partnershipId).param("minVersion", "0")
				.with(httpBasic(stranger, PASSWORD)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/api/v1/partnerships/{id}", UUID.randomUUID()).param("minVersion", "3")
				.with(httpBasic(stranger, PASSWORD)))
			.andExpect(status().isNotFound());
		verify(this.overviews, never()).awaitVersion(eq(partnershipId), anyLong(), any(Duration.class));
	}

	@Test
	void someoneWhoMayNotSeeAPartnershipIsNeverKeptWaitingForIt() throws Exception {
		TestEvents events = new TestEvents(organisation("GB-LAC", "Anytown Council"));
		publish(events.registered("Homelessness outcomes"));
		awaitVersion(events.partnershipId(), 0);
		String stranger = person(UserRole.PROVIDER, organisation("GB-CHC", "Another Charity"));

		this.mvc
			.perform(get("/api/v1/partnerships/{id}", events.partnershipId()).param("minVersion", "9")
				.with(httpBasic(stranger, PASSWORD)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/partnerships/{id}", events.partnershipId()).param("minVersion", "9")
				.with(user(this.directory.signInUser(stranger).orElseThrow())))
			.andExpect(status().isNotFound());
		verify(this.overviews, never()).awaitVersion(eq(events.partnershipId()), anyLong(), any(Duration.class));
	}

	@Test
	void aPersonWaitsForAtMostTwoReadsAtOnceAndTheNextIsAnsweredAtOnceWithWhatThereIs() throws Exception {
		OrganisationIdentifier council = organisation("GB-LAC", "Anytown Council");
		TestEvents events = new TestEvents(council);
		publish(events.registered("Homelessness outcomes"));
		awaitVersion(events.partnershipId(), 0);
		String commissioner = person(UserRole.COMMISSIONER, council);
		String colleague = person(UserRole.COMMISSIONER, council);
		AtomicInteger waiting = new AtomicInteger();
		doAnswer((call) -> {
			waiting.incrementAndGet();
			this.release.await();
			return call.callRealMethod();
		}).when(this.overviews).awaitVersion(eq(events.partnershipId()), anyLong(), any(Duration.class));

		List<CompletableFuture<MockHttpServletResponse>> held = new ArrayList<>();
		held.add(read(events.partnershipId(), commissioner));
		held.add(read(events.partnershipId(), commissioner));
		await().atMost(Duration.ofSeconds(20)).until(() -> waiting.get() == 2);
		CompletableFuture<MockHttpServletResponse> third = read(events.partnershipId(), commissioner);
		CompletableFuture<MockHttpServletResponse> colleagues = read(events.partnershipId(), colleague);

		await().atMost(Duration.ofSeconds(20)).until(third::isDone);
		assertThat(third.get().getStatus()).isEqualTo(200);
		assertThat(third.get().getHeader("X-Ledger-Stale")).isEqualTo("true");
		await().atMost(Duration.ofSeconds(20)).until(() -> waiting.get() == 3);
		assertThat(colleagues).isNotDone();
		this.release.countDown();
		for (CompletableFuture<MockHttpServletResponse> answer : List.of(held.get(0), held.get(1), colleagues)) {
			assertThat(answer.get().getStatus()).isEqualTo(200);
			assertThat(answer.get().getHeader("X-Ledger-Stale")).isEqualTo("true");
		}
	}

	private CompletableFuture<MockHttpServletResponse> read(String partnershipId, String username) {
		return CompletableFuture.supplyAsync(() -> {
			try {
				return this.mvc
					.perform(get("/api/v1/partnerships/{id}", partnershipId).param("minVersion", "5")
						.with(httpBasic(username, PASSWORD)))
					.andReturn()
					.getResponse();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}, this.readers);
	}

	/**
	 * Registers a partnership through the API; the stand-in accepts it, nothing is
	 * published.
	 */
	private String registeredButNotProjected(String commissioner) throws Exception {
		String partnershipId = UUID.randomUUID().toString();
		StandInCommandSide
			.answer((request) -> new Answer(201, "{\"partnershipId\": \"" + partnershipId + "\", \"version\": 0}"));
		this.mvc
			.perform(post("/api/v1/partnerships").contentType(MediaType.APPLICATION_JSON)
				.content(REGISTRATION)
				.with(httpBasic(commissioner, PASSWORD)))
			.andExpect(status().isCreated());
		return partnershipId;
	}

}

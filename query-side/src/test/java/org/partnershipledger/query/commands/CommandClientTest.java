package org.partnershipledger.query.commands;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.web.client.RestClient;

import org.partnershipledger.api.ChoosePartnershipModelRequest;
import org.partnershipledger.api.CommandRoute;
import org.partnershipledger.api.RegisterPartnershipRequest;
import org.partnershipledger.api.WithdrawAdaptationRequest;
import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.api.identity.IdentityTokens;
import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.events.model.LegalRegime;
import org.partnershipledger.events.model.Organisation;
import org.partnershipledger.events.model.OrganisationIdentifier;
import org.partnershipledger.events.model.Period;
import org.partnershipledger.query.access.PartnershipRegistrations;
import org.partnershipledger.query.config.LedgerProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/**
 * The command client against a stand-in command side (a bare JDK HTTP server): what it
 * sends, and that it passes every answer on unchanged.
 */
class CommandClientTest {

	private static final String SECRET = "a-test-secret-that-is-at-least-32-bytes-long";

	private static final Identity COMMISSIONER = new Identity("casey", "Casey Commissioner", UserRole.COMMISSIONER,
			new Organisation("Anytown Council", new OrganisationIdentifier("GB-LAC", "E08000003")));

	private static final RegisterPartnershipRequest REQUEST = new RegisterPartnershipRequest("Homelessness outcomes",
			"Support", "Housing", LegalRegime.PA2023_LIGHT_TOUCH,
			new Period(LocalDate.parse("2025-04-01"), LocalDate.parse("2030-03-31")), null, null, null, null, null);

	private final IdentityTokens tokens = new IdentityTokens(SECRET, Duration.ofSeconds(60));

	private final AtomicReference<String> receivedToken = new AtomicReference<>();

	/** The request as the command side received it, which the token must be for. */
	private final AtomicReference<IdentityTokens.BoundRequest> receivedRequest = new AtomicReference<>();

	private final AtomicReference<String> receivedBody = new AtomicReference<>();

	private final AtomicReference<String> receivedPath = new AtomicReference<>();

	private final List<String> receivedKeys = new CopyOnWriteArrayList<>();

	private final AtomicInteger applied = new AtomicInteger();

	private boolean loseTheFirstAnswer;

	private HttpServer server;

	private int answerStatus;

	private String answerBody;

	private String answerLocation;

	private volatile boolean silent;

	private final PartnershipRegistrations registrations = mock(PartnershipRegistrations.class);

	private final CountDownLatch release = new CountDownLatch(1);

	@BeforeEach
	void startStandIn() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", this::answer);
		this.server.start();
	}

	@AfterEach
	void stopStandIn() {
		this.release.countDown();
		this.server.stop(0);
	}

	/**
	 * A command side that accepted the connection but never answers, until the test ends.
	 */
	private void awaitRelease() {
		try {
			this.release.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void answer(HttpExchange exchange) throws IOException {
		if (this.silent) {
			awaitRelease();
			exchange.close();
			return;
		}
		this.receivedPath.set(exchange.getRequestURI().getPath());
		this.receivedToken.set(exchange.getRequestHeaders().getFirst(IdentityTokens.HEADER));
		byte[] received = exchange.getRequestBody().readAllBytes();
		this.receivedBody.set(new String(received, StandardCharsets.UTF_8));
		this.receivedRequest.set(IdentityTokens.BoundRequest.of(exchange.getRequestMethod(),
				exchange.getRequestURI().getRawPath(), exchange.getRequestURI().getRawQuery(), received));
		String key = exchange.getRequestHeaders().getFirst(CommandClient.IDEMPOTENCY_KEY);
		this.receivedKeys.add(String.valueOf(key));
		if (key == null || !this.receivedKeys.subList(0, this.receivedKeys.size() - 1).contains(key)) {
			this.applied.incrementAndGet();
			if (this.loseTheFirstAnswer) {
				this.loseTheFirstAnswer = false;
				exchange.close();
				return;
			}
		}
		byte[] body = this.answerBody.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders()
			.add("Content-Type", (this.answerStatus == 201) ? "application/json" : "application/problem+json");
		if (this.answerLocation != null) {
			exchange.getResponseHeaders().add("Location", this.answerLocation);
		}
		exchange.sendResponseHeaders(this.answerStatus, body.length);
		exchange.getResponseBody().write(body);
		exchange.close();
	}

	private CommandClient client(String url) {
		return client(url, Duration.ofSeconds(30));
	}

	private CommandClient client(String url, Duration readTimeout) {
		return new CommandClient(
				RestClient.builder(), new LedgerProperties(url, SECRET, Duration.ofSeconds(60), null,
						Duration.ofSeconds(2), readTimeout, "http://localhost:8080"),
				this.tokens, Clock.systemUTC(), this.registrations);
	}

	private CommandClient client() {
		return client("http://127.0.0.1:" + this.server.getAddress().getPort());
	}

	@Test
	void anAcceptedCommandCarriesTheIdentityAndAnswersWithThePublicLocation() {
		this.answerStatus = 201;
		this.answerBody = "{\"partnershipId\": \"p-1\", \"version\": 0}";
		this.answerLocation = "/internal/v1/partnerships/p-1";

		CommandOutcome outcome = client().send(COMMISSIONER, CommandRoute.REGISTER_PARTNERSHIP.internalPath(), REQUEST);

		assertThat(outcome.isAccepted()).isTrue();
		assertThat(outcome.status()).isEqualTo(201);
		assertThat(outcome.accepted().partnershipId()).isEqualTo("p-1");
		assertThat(outcome.accepted().version()).isZero();
		assertThat(outcome.location()).isEqualTo("/api/v1/partnerships/p-1");
		assertThat(this.receivedPath.get()).isEqualTo("/internal/v1/partnerships");
		assertThat(this.tokens.verify(this.receivedToken.get(), Instant.now(), this.receivedRequest.get()))
			.isEqualTo(COMMISSIONER);
		assertThat(this.receivedBody.get()).contains("\"legalRegime\":\"PA2023_LIGHT_TOUCH\"")
			.contains("\"startDate\":\"2025-04-01\"");
		verify(this.registrations).registered("p-1", "casey");
	}

	@ParameterizedTest
	@ValueSource(ints = { 400, 401, 403, 404, 409, 422 })
	void aProblemIsPassedOnAsTheCommandSideGaveIt(int status) {
		this.answerStatus = status;
		this.answerBody = "{\"type\": \"https://partnershipledger.org/problems/x\", \"title\": \"Refused\", "
				+ "\"status\": " + status + ", \"detail\": \"Because\", "
				+ "\"errors\": [{\"field\": \"departureJustification\", \"message\": \"Say why\"}]}";

		CommandOutcome outcome = client().send(COMMISSIONER, CommandRoute.CHOOSE_MODEL.internalPath("p-1"),
				new ChoosePartnershipModelRequest(null, null, "a-1", null, null, null, null));

		assertThat(outcome.isAccepted()).isFalse();
		assertThat(outcome.status()).isEqualTo(status);
		assertThat(outcome.title()).isEqualTo("Refused");
		assertThat(outcome.detail()).isEqualTo("Because");
		assertThat(outcome.type()).isEqualTo("https://partnershipledger.org/problems/x");
		assertThat(outcome.errorFor("departureJustification")).isEqualTo("Say why");
		assertThat(this.receivedPath.get()).isEqualTo("/internal/v1/partnerships/p-1/model-choices");
	}

	@Test
	void anyCommandIsSentToItsPathAndAnswersWithThePublicLocationOfWhatItCreated() {
		this.answerStatus = 201;
		this.answerBody = "{\"partnershipId\": \"p-1\", \"adaptationId\": \"a-1\", \"version\": 9}";
		this.answerLocation = "/internal/v1/partnerships/p-1/adaptations/a-1";

		CommandOutcome outcome = client().send(COMMISSIONER, CommandRoute.PROPOSE_ADAPTATION.internalPath("p-1"),
				new WithdrawAdaptationRequest("Demand held up", null, null));

		assertThat(outcome.isAccepted()).isTrue();
		assertThat(outcome.accepted().adaptationId()).isEqualTo("a-1");
		assertThat(outcome.accepted().version()).isEqualTo(9);
		assertThat(outcome.location()).isEqualTo("/api/v1/partnerships/p-1/adaptations/a-1");
		assertThat(this.receivedPath.get()).isEqualTo("/internal/v1/partnerships/p-1/adaptations");
		assertThat(this.receivedBody.get()).contains("\"reason\":\"Demand held up\"");
		assertThat(this.tokens.verify(this.receivedToken.get(), Instant.now(), this.receivedRequest.get()))
			.isEqualTo(COMMISSIONER);
	}

	@Test
	void theIdempotencyKeyIsSentSoARetryAfterALostAnswerIsAppliedOnceAndAnsweredAsTheFirst() {
		this.answerStatus = 201;
		this.answerBody = "{\"partnershipId\": \"p-1\", \"version\": 0}";
		this.answerLocation = "/internal/v1/partnerships/p-1";
		this.loseTheFirstAnswer = true;

		CommandOutcome lost = client().send(COMMISSIONER, CommandRoute.REGISTER_PARTNERSHIP.internalPath(), REQUEST,
				"key-1");
		CommandOutcome retried = client().send(COMMISSIONER, CommandRoute.REGISTER_PARTNERSHIP.internalPath(), REQUEST,
				"key-1");

		assertThat(lost.status()).isEqualTo(503);
		assertThat(retried.isAccepted()).isTrue();
		assertThat(retried.accepted().partnershipId()).isEqualTo("p-1");
		assertThat(retried.location()).isEqualTo("/api/v1/partnerships/p-1");
		assertThat(this.receivedKeys).containsExactly("key-1", "key-1");
		assertThat(this.applied).hasValue(1);
	}

	@Test
	void withoutAKeyNoneIsSent() {
		this.answerStatus = 201;
		this.answerBody = "{\"partnershipId\": \"p-1\", \"version\": 0}";

		client().send(COMMISSIONER, CommandRoute.REGISTER_PARTNERSHIP.internalPath(), REQUEST);

		assertThat(this.receivedKeys).containsExactly("null");
	}

	@Test
	void onlyCommandSidePathsAreSent() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> client().send(COMMISSIONER, "/api/v1/partnerships", REQUEST));
	}

	@Test
	void aCommandSideThatNeverAnswersIs503OnceTheReadTimeoutPasses() {
		this.silent = true;

		CommandOutcome outcome = assertTimeoutPreemptively(Duration.ofSeconds(20),
				() -> client("http://127.0.0.1:" + this.server.getAddress().getPort(), Duration.ofMillis(300))
					.send(COMMISSIONER, CommandRoute.REGISTER_PARTNERSHIP.internalPath(), REQUEST));

		assertThat(outcome.status()).isEqualTo(503);
		assertThat(outcome.title()).isEqualTo("The command side is unavailable");
	}

	@Test
	void anUnreachableCommandSideIs503() {
		CommandOutcome outcome = client("http://127.0.0.1:9").send(COMMISSIONER,
				CommandRoute.REGISTER_PARTNERSHIP.internalPath(), REQUEST);

		assertThat(outcome.status()).isEqualTo(503);
		assertThat(outcome.isAccepted()).isFalse();
		assertThat(outcome.title()).isEqualTo("The command side is unavailable");
	}

}

package org.partnershipledger.query.health;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import org.partnershipledger.query.QuerySideIntegrationTest;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The web app's health shows the whole system to a signed-in administrator: the broker
 * and the consumer feeding the views (both running here), and the command side and its
 * relay (not running in these tests: the command side is named as not answering).
 */
class SystemHealthTest extends QuerySideIntegrationTest {

	@Autowired
	private MockMvc mvc;

	@Test
	void anAdministratorSeesTheBrokerTheConsumerTheCommandSideAndTheRelay() {
		await().untilAsserted(() -> this.mvc.perform(get("/actuator/health").with(user(ADMIN).roles("ADMIN")))
			.andExpect(status().isServiceUnavailable())
			.andExpect(jsonPath("$.components.broker.status").value("UP"))
			.andExpect(jsonPath("$.components.broker.details.partitions").value(greaterThan(0)))
			.andExpect(jsonPath("$.components.eventConsumer.status").value("UP"))
			.andExpect(jsonPath("$.components.eventConsumer.details.assignedPartitions").value(greaterThan(0)))
			.andExpect(jsonPath("$.components.commandSide.status").value("DOWN"))
			.andExpect(jsonPath("$.components.commandSide.details.reason").value(containsString("does not answer")))
			.andExpect(jsonPath("$.components.relay.status").value("UNKNOWN"))
			.andExpect(jsonPath("$.components.projections.status").exists()));
	}

	@Test
	void anonymousPeopleSeeOnlyTheOverallStatus() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(jsonPath("$.status").exists())
			.andExpect(jsonPath("$.components").doesNotExist());
	}

}

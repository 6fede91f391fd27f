package org.partnershipledger.query.rebuild;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.partnershipledger.query.QuerySideIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** A run another instance took for abandoned stops and stays failed. */
class RebuildRunsTest extends QuerySideIntegrationTest {

	@Autowired
	private RebuildRuns runs;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aRunMarkedFailedMeanwhileIsToldToStopAndIsNotMarkedFinished() {
		long id = this.runs.start("an administrator", 3, 30);
		assertThat(this.runs.progress(id, 1, 10, List.of())).isTrue();
		this.jdbc.sql("update projection_rebuild set state = 'FAILED' where id = :id").param("id", id).update();

		boolean goOn = this.runs.progress(id, 2, 20, List.of());
		this.runs.finish(id, RebuildProgress.State.FINISHED, List.of());

		assertThat(goOn).isFalse();
		assertThat(this.runs.find(id).orElseThrow().state()).isEqualTo(RebuildProgress.State.FAILED);
		assertThat(this.runs.find(id).orElseThrow().eventsDone()).isEqualTo(10);
	}

}

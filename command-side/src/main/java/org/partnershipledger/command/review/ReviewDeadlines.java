package org.partnershipledger.command.review;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.partnershipledger.events.relational.ReviewTiming;

/** The table {@code review_deadline}: when each open review counts as missed. */
@Repository
class ReviewDeadlines {

	private final JdbcClient jdbc;

	ReviewDeadlines(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A review that must be held by its deadline; the same event twice has one effect.
	 */
	void open(String partnershipId, String reviewId, LocalDate dueDate, int graceDays) {
		this.jdbc.sql("""
				INSERT INTO review_deadline (partnership_id, review_id, due_date, grace_days, due_at, state)
				VALUES (:partnershipId, :reviewId, :dueDate, :graceDays, :dueAt, 'OPEN')
				ON CONFLICT (partnership_id, review_id) DO NOTHING
				""")
			.param("partnershipId", partnershipId)
			.param("reviewId", reviewId)
			.param("dueDate", dueDate)
			.param("graceDays", graceDays)
			.param("dueAt", Timestamp.from(ReviewTiming.missedFrom(dueDate, graceDays)))
			.update();
	}

	/**
	 * A new due date for a review still open, with its grace unchanged; it counts as
	 * missed by {@link ReviewTiming#missedFrom}, the one rule the pages use too.
	 */
	void move(String partnershipId, String reviewId, LocalDate newDueDate) {
		Integer graceDays = this.jdbc.sql("""
				SELECT grace_days FROM review_deadline
				 WHERE partnership_id = :partnershipId AND review_id = :reviewId AND state = 'OPEN'
				""")
			.param("partnershipId", partnershipId)
			.param("reviewId", reviewId)
			.query(Integer.class)
			.optional()
			.orElse(null);
		if (graceDays == null) {
			return;
		}
		this.jdbc.sql("""
				UPDATE review_deadline
				   SET due_date = :dueDate, due_at = :dueAt
				 WHERE partnership_id = :partnershipId AND review_id = :reviewId AND state = 'OPEN'
				""")
			.param("partnershipId", partnershipId)
			.param("reviewId", reviewId)
			.param("dueDate", newDueDate)
			.param("dueAt", Timestamp.from(ReviewTiming.missedFrom(newDueDate, graceDays)))
			.update();
	}

	/** The review was held or missed: nothing more to watch. */
	void close(String partnershipId, String reviewId) {
		this.jdbc.sql("""
				UPDATE review_deadline SET state = 'CLOSED'
				 WHERE partnership_id = :partnershipId AND review_id = :reviewId
				""").param("partnershipId", partnershipId).param("reviewId", reviewId).update();
	}

	/** The partnership closed: none of its reviews is watched any more. */
	void closeAll(String partnershipId) {
		this.jdbc.sql("UPDATE review_deadline SET state = 'CLOSED' WHERE partnership_id = :partnershipId")
			.param("partnershipId", partnershipId)
			.update();
	}

	/** The open reviews whose deadline has passed at {@code now}, oldest first. */
	List<OverdueReview> overdueAt(Instant now, int limit) {
		return this.jdbc.sql("""
				SELECT partnership_id, review_id
				  FROM review_deadline
				 WHERE state = 'OPEN' AND due_at <= :now
				 ORDER BY due_at, partnership_id, review_id
				 LIMIT :limit
				""")
			.param("now", Timestamp.from(now))
			.param("limit", limit)
			.query((row, number) -> new OverdueReview(row.getString("partnership_id"), row.getString("review_id")))
			.list();
	}

}

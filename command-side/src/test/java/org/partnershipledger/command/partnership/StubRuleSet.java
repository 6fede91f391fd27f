package org.partnershipledger.command.partnership;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.partnershipledger.events.framework.Dimension;
import org.partnershipledger.events.framework.ReassessmentThresholds;
import org.partnershipledger.events.framework.Recommendation;
import org.partnershipledger.events.framework.RuleSet;
import org.partnershipledger.events.framework.RuleSetRc1;

/**
 * A rule set that answers what the test tells it to, so the aggregate's rules are
 * specified apart from the framework's scoring.
 */
final class StubRuleSet implements RuleSet {

	private Recommendation answer;

	private final List<Map<Dimension, Integer>> calls = new ArrayList<>();

	StubRuleSet answering(Recommendation recommendation) {
		this.answer = recommendation;
		return this;
	}

	List<Map<Dimension, Integer>> calls() {
		return this.calls;
	}

	@Override
	public String version() {
		return "TEST-1";
	}

	@Override
	public Recommendation recommend(boolean moneyChangesHands, Map<Dimension, Integer> scores) {
		this.calls.add(scores);
		return this.answer;
	}

	@Override
	public int minimumJustificationLength() {
		return RuleSetRc1.MIN_JUSTIFICATION_LENGTH;
	}

	@Override
	public ReassessmentThresholds reassessment() {
		return RuleSetRc1.REASSESSMENT;
	}

}

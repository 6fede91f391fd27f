package org.partnershipledger.query.setup;

import java.util.ArrayList;
import java.util.List;

import org.partnershipledger.events.framework.Dimension;
import org.partnershipledger.events.framework.DimensionScore;
import org.partnershipledger.events.framework.RuleSetRc1;
import org.partnershipledger.query.web.Option;

/**
 * One dimension on the assessment form: a score from 1 to 5 or "not known", and the
 * evidence for it. The person must choose "not known" on purpose rather than skip it.
 */
public class ScoreForm {

	static final String UNKNOWN = "unknown";

	private final Dimension dimension;

	private String score;

	private String evidence;

	ScoreForm(Dimension dimension) {
		this.dimension = dimension;
	}

	public Dimension getDimension() {
		return this.dimension;
	}

	public int getWeight() {
		return RuleSetRc1.weight(this.dimension);
	}

	/** 1 to 5 with the anchors on 1 and 5, then "Not known". */
	public List<Option> getOptions() {
		List<Option> options = new ArrayList<>();
		for (int value = RuleSetRc1.MIN_SCORE; value <= RuleSetRc1.MAX_SCORE; value++) {
			String hint = (value == RuleSetRc1.MIN_SCORE) ? this.dimension.lowAnchor()
					: (value == RuleSetRc1.MAX_SCORE) ? this.dimension.highAnchor() : null;
			options.add(new Option(String.valueOf(value), String.valueOf(value), hint));
		}
		options.add(new Option(UNKNOWN, "Not known",
				"Counted as " + RuleSetRc1.IMPUTED_SCORE + " and flagged; say in the evidence why it is not known"));
		return options;
	}

	boolean isChosen() {
		return this.score != null;
	}

	/** The shared value: {@code null} score when not known. */
	DimensionScore toScore() {
		Integer value = (this.score == null || UNKNOWN.equals(this.score)) ? null : Integer.valueOf(this.score);
		return new DimensionScore(value, this.evidence);
	}

	boolean isValid() {
		return this.score == null || UNKNOWN.equals(this.score) || this.score.matches("[1-5]");
	}

	public String getScore() {
		return this.score;
	}

	public void setScore(String score) {
		this.score = score;
	}

	public String getEvidence() {
		return this.evidence;
	}

	public void setEvidence(String evidence) {
		this.evidence = evidence;
	}

}

package org.partnershipledger.events.framework;

/**
 * The seven service characteristics the framework scores, 1 to 5, where a higher score
 * means more need for relational governance. Weights live in the rule set, not here.
 */
public enum Dimension {

	SPECIFIABILITY("D1", "Can what is delivered, and how, be specified in advance in measurable terms?",
			"fully specifiable product", "neither the what nor the how can be pinned down"),
	UNCERTAINTY("D2", "How likely are needs, demand, policy or conditions to change materially during the term?",
			"stable", "highly volatile"),
	LEARNING_NEED("D3", "How much test-and-learn is needed; how strong is the evidence of what works?",
			"proven standard method", "novel, continuous iteration"),
	VERIFIABILITY_DIFFICULTY("D4", "How hard is it to observe and verify quality and outcomes through metrics?",
			"cheap to verify", "quality largely unobservable"),
	INTERDEPENDENCE("D5", "How many organisations must coordinate, how dependent on each other?",
			"single self-contained supplier", "network of providers and statutory bodies"),
	LOCK_IN("D6", "How costly is switching provider mid-term (specialist staff, relationships, thin market)?",
			"trivial", "few or no alternatives"),
	DURATION_FREQUENCY("D7", "How long and continuous is the relationship?", "one-off, under a year",
			"5+ years of continuous joint working");

	private final String code;

	private final String question;

	private final String lowAnchor;

	private final String highAnchor;

	Dimension(String code, String question, String lowAnchor, String highAnchor) {
		this.code = code;
		this.question = question;
		this.lowAnchor = lowAnchor;
		this.highAnchor = highAnchor;
	}

	public String code() {
		return this.code;
	}

	public String question() {
		return this.question;
	}

	/** What a score of 1 means. */
	public String lowAnchor() {
		return this.lowAnchor;
	}

	/** What a score of 5 means. */
	public String highAnchor() {
		return this.highAnchor;
	}

}

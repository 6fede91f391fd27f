package org.partnershipledger.events.health;

/** The eight items each respondent of a relational health check rates from 1 to 5. */
public enum HealthItem {

	TRUST("Trust: commitments are kept"),

	TRANSPARENCY("Transparency and data sharing"),

	VISION_ALIGNMENT("Alignment to the shared vision"),

	FAIR_RISK_AND_REWARD("Fairness of risk and reward"),

	RESPONSIVENESS("Responsiveness to change"),

	JOINT_PROBLEM_SOLVING("Joint problem-solving without blame"),

	PRINCIPLES_ADHERENCE("Adherence to the guiding principles"),

	LEARNING("Learning and improvement");

	private final String label;

	HealthItem(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}

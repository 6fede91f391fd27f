package org.partnershipledger.command;

/** Request bodies as the web app sends them. */
public final class Bodies {

	public static final String REGISTER = """
			{
			  "title": "Homelessness outcomes partnership",
			  "description": "A prime and eight providers helping people off the streets for good",
			  "serviceArea": "Housing",
			  "legalRegime": "PA2023_LIGHT_TOUCH",
			  "plannedPeriod": {"startDate": "2025-04-01", "endDate": "2030-03-31"},
			  "estimatedValue": {"amount": 5000000, "currency": "GBP"},
			  "authority": {"type": "OFFICER_DELEGATION", "reference": "Scheme of delegation 4.1"}
			}
			""";

	public static final String ADD_CHARITY = """
			{
			  "name": "Homes Together",
			  "identifier": {"scheme": "GB-CHC", "id": "1149085"},
			  "roles": ["LEAD_PROVIDER"],
			  "basis": "CONTRACT",
			  "reason": "Won the competition for lead provider"
			}
			""";

	private Bodies() {
	}

	/** An initial assessment with money changing hands and the seven scores D1..D7. */
	public static String assessment(int... scores) {
		String[] dimensions = { "SPECIFIABILITY", "UNCERTAINTY", "LEARNING_NEED", "VERIFIABILITY_DIFFICULTY",
				"INTERDEPENDENCE", "LOCK_IN", "DURATION_FREQUENCY" };
		StringBuilder json = new StringBuilder(
				"{\"trigger\": \"INITIAL\", \"moneyChangesHands\": true, \"outcomeMetricsAvailable\": true, \"scores\": {");
		for (int i = 0; i < dimensions.length; i++) {
			json.append(i == 0 ? "" : ", ")
				.append('"')
				.append(dimensions[i])
				.append("\": {\"score\": ")
				.append(scores[i])
				.append(", \"evidence\": \"Evidence from the needs assessment, section ")
				.append(i + 1)
				.append("\"}");
		}
		return json.append("}}").toString();
	}

	public static String choice(String model, String mechanism, String basedOn) {
		return "{\"chosenModel\": \"" + model + "\", \"paymentMechanism\": \"" + mechanism
				+ "\", \"basedOnAssessmentId\": \"" + basedOn + "\"}";
	}

}

package org.partnershipledger.events.framework;

/** What the rule would recommend if money changed hands (reported for alignment). */
public record Counterfactual(PartnershipModel model, Confidence confidence) {

}

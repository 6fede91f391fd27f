package org.partnershipledger.api;

/**
 * One thing wrong with a request, named by the field's path as the client sent it, for
 * example {@code scores.SPECIFIABILITY.evidence}.
 */
public record FieldProblem(String field, String message) {

}

/**
 * The web app's health beyond its own: the command side and its relay (as the command
 * side reports them), the Kafka broker, and the consumer that feeds the views. Shown on
 * {@code /actuator/health} with details for administrators; none of them is part of the
 * readiness or liveness groups, so a command side that is down does not take the pages
 * down.
 */
package org.partnershipledger.query.health;

package org.partnershipledger.command.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the web app's identity tokens are checked.
 *
 * @param secret the secret shared with the web app ({@code LEDGER_INTERNAL_SECRET}, at
 * least 32 bytes); no default, so the app does not start without one
 * @param tokenLifetime how long a token is accepted after it was issued
 */
@ConfigurationProperties("ledger.internal")
public record IdentitySettings(String secret, @DefaultValue("60s") Duration tokenLifetime) {

}

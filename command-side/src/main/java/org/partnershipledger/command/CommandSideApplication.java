package org.partnershipledger.command;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The system of record: decides commands on the {@code Partnership} aggregate, appends
 * events to the PostgreSQL event store and relays them to Kafka.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CommandSideApplication {

	public static void main(String[] args) {
		SpringApplication.run(CommandSideApplication.class, args);
	}

}

package org.partnershipledger.query.identity;

import java.util.List;

import org.partnershipledger.api.FieldProblem;
import org.partnershipledger.api.Problems;
import org.partnershipledger.events.model.OrganisationIdentifier;

/**
 * {@code POST /api/v1/admin/organisations}: an organisation people can belong to.
 *
 * @param identifier its org-id.guide identifier, for example {@code GB-LAC} /
 * {@code E08000003}
 */
public record NewOrganisation(String name, OrganisationIdentifier identifier) {

	public List<FieldProblem> problems() {
		return new Problems().required(this.name, "name")
			.maxLength(this.name, 200, "name")
			.required(this.identifier, "identifier")
			.list();
	}

}

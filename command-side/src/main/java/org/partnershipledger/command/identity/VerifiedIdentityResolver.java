package org.partnershipledger.command.identity;

import java.time.Clock;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.api.identity.IdentityTokens;
import org.partnershipledger.api.identity.InvalidIdentityTokenException;

/**
 * Gives a controller the person the web app vouches for, from the signed token in the
 * {@value IdentityTokens#HEADER} header, checked against the request it came with (see
 * {@link BoundRequestFilter}) and used up. A missing, forged or expired token, one issued
 * for another request or one sent again throws {@link InvalidIdentityTokenException},
 * which the API answers with 401.
 */
class VerifiedIdentityResolver implements HandlerMethodArgumentResolver {

	private static final String VERIFIED = VerifiedIdentityResolver.class.getName();

	private final IdentityTokens tokens;

	private final Clock clock;

	VerifiedIdentityResolver(IdentityTokens tokens, Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return Identity.class.equals(parameter.getParameterType());
	}

	@Override
	public Identity resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
			NativeWebRequest request, WebDataBinderFactory binderFactory) {
		Object verified = request.getAttribute(VERIFIED, NativeWebRequest.SCOPE_REQUEST);
		if (verified instanceof Identity identity) {
			return identity;
		}
		Object bound = request.getAttribute(BoundRequestFilter.ATTRIBUTE, NativeWebRequest.SCOPE_REQUEST);
		if (bound instanceof InvalidIdentityTokenException refused) {
			throw refused;
		}
		if (!(bound instanceof IdentityTokens.BoundRequest boundRequest)) {
			throw new InvalidIdentityTokenException("No identity token");
		}
		Identity identity = this.tokens.verify(request.getHeader(IdentityTokens.HEADER), this.clock.instant(),
				boundRequest);
		request.setAttribute(VERIFIED, identity, NativeWebRequest.SCOPE_REQUEST);
		return identity;
	}

}

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
 * {@value IdentityTokens#HEADER} header. A missing, forged or expired token throws
 * {@link InvalidIdentityTokenException}, which the API answers with 401.
 */
class VerifiedIdentityResolver implements HandlerMethodArgumentResolver {

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
		return this.tokens.verify(request.getHeader(IdentityTokens.HEADER), this.clock.instant());
	}

}

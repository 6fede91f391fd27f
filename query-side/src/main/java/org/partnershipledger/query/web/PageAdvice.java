package org.partnershipledger.query.web;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.ModelAndView;

/**
 * What every page controller shares: form text is trimmed and an empty field binds as
 * {@code null}; a missing or hidden partnership, and a forbidden action, are answered
 * with the proper error page and status.
 */
@ControllerAdvice(annotations = PageController.class)
class PageAdvice {

	@InitBinder
	void emptyTextIsNull(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@ExceptionHandler(PageNotFoundException.class)
	ModelAndView notFound(PageNotFoundException ex) {
		return new ModelAndView("error/404", HttpStatus.NOT_FOUND);
	}

	@ExceptionHandler(PageForbiddenException.class)
	ModelAndView forbidden(PageForbiddenException ex) {
		ModelAndView page = new ModelAndView("error/403", HttpStatus.FORBIDDEN);
		page.addObject("reason", ex.getMessage());
		return page;
	}

}

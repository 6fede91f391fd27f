// Tells GOV.UK Frontend's CSS that its JavaScript will run; without JavaScript the pages work as plain HTML.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');

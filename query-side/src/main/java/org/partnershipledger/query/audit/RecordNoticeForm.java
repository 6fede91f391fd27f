package org.partnershipledger.query.audit;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.validation.BindingResult;

import org.partnershipledger.api.RecordTransparencyNoticeRequest;
import org.partnershipledger.events.relational.TransparencyNoticeType;
import org.partnershipledger.query.web.DateParts;
import org.partnershipledger.query.web.FormChecks;
import org.partnershipledger.query.web.FormProblems;
import org.partnershipledger.query.web.Lines;

/**
 * The form for a published transparency notice: which notice, its reference, when it was
 * published and what it is about (the partnership as a whole when nothing is chosen).
 */
public class RecordNoticeForm {

	private TransparencyNoticeType noticeType;

	private String reference;

	private DateParts publishedOn = new DateParts();

	private String relatesTo;

	RecordTransparencyNoticeRequest toRequest(BindingResult errors, Clock clock) {
		FormChecks.required(errors, "noticeType", this.noticeType, "Select the kind of notice");
		FormChecks.required(errors, "reference", this.reference, "Enter the notice's reference");
		LocalDate published = DateParts.read(this.publishedOn, "publishedOn", "the date it was published", errors);
		RecordTransparencyNoticeRequest request = new RecordTransparencyNoticeRequest(this.noticeType,
				Lines.textOrNull(this.reference), published, Lines.textOrNull(this.relatesTo), null, null);
		FormProblems.reject(request.problems(clock), errors, RecordNoticeForm::formField);
		return errors.hasErrors() ? null : request;
	}

	static String formField(String apiField) {
		return switch (apiField) {
			case "noticeType", "reference", "publishedOn", "relatesTo" -> apiField;
			default -> null;
		};
	}

	public TransparencyNoticeType getNoticeType() {
		return this.noticeType;
	}

	public void setNoticeType(TransparencyNoticeType noticeType) {
		this.noticeType = noticeType;
	}

	public String getReference() {
		return this.reference;
	}

	public void setReference(String reference) {
		this.reference = reference;
	}

	public DateParts getPublishedOn() {
		return this.publishedOn;
	}

	public void setPublishedOn(DateParts publishedOn) {
		this.publishedOn = publishedOn;
	}

	public String getRelatesTo() {
		return this.relatesTo;
	}

	public void setRelatesTo(String relatesTo) {
		this.relatesTo = relatesTo;
	}

}

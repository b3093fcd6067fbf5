package dev.supportflow.mail;

import dev.supportflow.billing.QuotePublished;
import dev.supportflow.ticket.TicketHeadline;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A ticket's quote is ready: the client gets the amount, hours, rate, how long it stays open and
 * how to answer ({@code mail/quote-ready}). Quotes for other billable work are answered where the
 * client asked for it.
 */
@Component
class QuoteReadyMail {

  static final String KIND = "quote-ready";
  private static final String TICKET = "TICKET";
  private static final Locale BRAZIL = Locale.forLanguageTag("pt-BR");

  private final ClientMail mail;

  QuoteReadyMail(ClientMail mail) {
    this.mail = mail;
  }

  @EventListener
  void on(QuotePublished quote) {
    if (!TICKET.equals(quote.subjectType())) {
      return;
    }
    Map<String, Object> values = new HashMap<>();
    values.put("amount", money(quote.amount()));
    values.put("currency", quote.currency());
    values.put("hours", number(quote.hours()));
    values.put("hourlyRate", money(quote.hourlyRate()));
    values.put("validUntil", mail.local(quote.tenant(), quote.validUntil()));
    values.put("consentPath", "/api/tickets/" + quote.subjectId() + "/consent");
    mail.send(
        new TicketHeadline(quote.subjectId(), quote.tenant(), quote.clientId(), null),
        KIND,
        values);
  }

  private static String money(BigDecimal value) {
    NumberFormat format = NumberFormat.getNumberInstance(BRAZIL);
    format.setMinimumFractionDigits(2);
    format.setMaximumFractionDigits(2);
    return format.format(value);
  }

  private static String number(BigDecimal value) {
    return NumberFormat.getNumberInstance(BRAZIL).format(value);
  }
}

package dev.supportflow.mail;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the reader takes from one e-mail: its Message-ID (or a digest of its headers when it has
 * none), sender, subject, text body (the plain part, else the HTML one without tags; cut to what a
 * ticket holds), the attachments it refuses, and whether it was written by a machine (auto-replies,
 * bounces), which is never answered.
 */
record InboundMessage(
    String messageId,
    String sender,
    String subject,
    String text,
    List<String> attachments,
    String automatic) {

  static final int MAX_SUBJECT = 200;
  static final int MAX_TEXT = 20_000;
  static final String NO_SUBJECT = "(sem assunto)";

  private static final Pattern TAGS = Pattern.compile("(?s)<(script|style)[^>]*>.*?</\\1>|<[^>]+>");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");
  private static final Pattern AUTO_SUBJECT =
      Pattern.compile(
          "(?i)^(auto(matic)?[ -]?reply|resposta autom[aá]tica|out of office|fora do escrit[oó]rio"
              + "|aus[eê]ncia|undeliverable|delivery status notification|mail delivery failed"
              + "|returned mail|n[aã]o entregue)");

  /** Only what identifies the message: enough to record it when the rest cannot be read. */
  static String messageIdOf(Message message) throws MessagingException {
    String[] ids = message.getHeader("Message-ID");
    if (ids != null && ids.length > 0 && !ids[0].isBlank()) {
      return cut(ids[0].strip(), 500);
    }
    StringBuilder headers = new StringBuilder();
    for (String name : List.of("From", "To", "Date", "Subject")) {
      String[] values = message.getHeader(name);
      headers.append(name).append(':').append(values == null ? "" : String.join(",", values));
    }
    return "sha256:" + sha256(headers.toString());
  }

  static InboundMessage of(Message message) throws MessagingException, IOException {
    String sender = sender(message);
    String subject = message.getSubject();
    subject = subject == null || subject.isBlank() ? NO_SUBJECT : cut(subject.strip(), MAX_SUBJECT);
    Body body = new Body();
    body.read(message);
    String text = body.plain != null ? body.plain : body.html == null ? "" : strip(body.html);
    return new InboundMessage(
        messageIdOf(message),
        sender,
        subject,
        cut(text.replace("\r\n", "\n").strip(), MAX_TEXT),
        List.copyOf(body.attachments),
        automatic(message, sender, subject));
  }

  private static String sender(Message message) throws MessagingException {
    Address[] from = message.getFrom();
    if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress address)) {
      return null;
    }
    return address.getAddress() == null ? null : address.getAddress().toLowerCase(Locale.ROOT);
  }

  /** Why the message is a machine's (RFC 3834 and the common markers), or null for a person's. */
  private static String automatic(Message message, String sender, String subject)
      throws MessagingException {
    String autoSubmitted = header(message, "Auto-Submitted");
    if (autoSubmitted != null && !autoSubmitted.strip().equalsIgnoreCase("no")) {
      return "Auto-Submitted: " + autoSubmitted.strip();
    }
    String returnPath = header(message, "Return-Path");
    if (returnPath != null && returnPath.replaceAll("\\s", "").equals("<>")) {
      return "empty return path (a bounce)";
    }
    if (sender == null) {
      return "no sender";
    }
    String local = sender.substring(0, Math.max(sender.indexOf('@'), 0));
    if (local.equals("mailer-daemon") || local.equals("postmaster")) {
      return "from " + local.toUpperCase(Locale.ROOT) + " (a bounce)";
    }
    for (String marker : List.of("X-Autoreply", "X-Autorespond", "X-Auto-Reply")) {
      if (header(message, marker) != null) {
        return marker;
      }
    }
    String precedence = header(message, "Precedence");
    if (precedence != null
        && precedence.strip().toLowerCase(Locale.ROOT).matches("bulk|junk|list|auto_reply")) {
      return "Precedence: " + precedence.strip();
    }
    if (message.isMimeType("multipart/report")) {
      return "a delivery report";
    }
    if (AUTO_SUBJECT.matcher(subject).find()) {
      return "an automatic reply's subject";
    }
    return null;
  }

  private static String header(Message message, String name) throws MessagingException {
    String[] values = message.getHeader(name);
    return values == null || values.length == 0 ? null : values[0];
  }

  private static String strip(String html) {
    String text = TAGS.matcher(html.replaceAll("(?i)<br\\s*/?>|</p>|</div>", "\n")).replaceAll("");
    text =
        text.replace("&nbsp;", " ")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&amp;", "&");
    return BLANK_LINES.matcher(text).replaceAll("\n\n");
  }

  static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Walks the MIME tree: the first plain and HTML parts that are not attachments, and the rest. */
  private static final class Body {

    private String plain;
    private String html;
    private final List<String> attachments = new ArrayList<>();

    void read(Part part) throws MessagingException, IOException {
      String fileName = part.getFileName();
      if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || fileName != null) {
        attachments.add((fileName == null ? "sem nome" : fileName) + " (" + size(part) + ")");
        return;
      }
      if (part.isMimeType("multipart/*")) {
        Multipart multipart = (Multipart) part.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
          BodyPart child = multipart.getBodyPart(i);
          read(child);
        }
      } else if (part.isMimeType("text/plain") && plain == null) {
        plain = text(part);
      } else if (part.isMimeType("text/html") && html == null) {
        html = text(part);
      } else if (!part.isMimeType("text/*") && !part.isMimeType("message/*")) {
        attachments.add("parte " + part.getContentType() + " (" + size(part) + ")");
      }
    }

    private static String text(Part part) throws MessagingException, IOException {
      Object content = part.getContent();
      if (content instanceof String s) {
        return s;
      }
      try (InputStream in = part.getInputStream()) {
        return new String(in.readNBytes(MAX_TEXT * 4), StandardCharsets.UTF_8);
      }
    }

    private static String size(Part part) throws MessagingException {
      int bytes = part.getSize();
      if (bytes < 0) {
        return "tamanho desconhecido";
      }
      return bytes < 1024 ? bytes + " B" : (bytes / 1024) + " KB";
    }
  }
}

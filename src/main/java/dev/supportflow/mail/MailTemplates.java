package dev.supportflow.mail;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import dev.supportflow.policy.SupportFlowProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The e-mail templates the process owner edits like the models: {@code mail/<kind>.txt} (first line
 * the subject, then a blank line, then the plain-text body) and {@code mail/<kind>.html} (the HTML
 * part), Mustache, read from where the models come from (the jar or {@code supportflow.policy-dir})
 * each time a mail is written, so an edit applies to the next mail. A tenant may have its own,
 * {@code mail/<tenant>/<kind>.txt}, which comes first. Values are HTML-escaped in the HTML part and
 * inserted as they are in the text. What the jar holds cannot change while the server runs, so it
 * is looked up once (a {@code classpath*:} lookup walks every library in the jar); files in the
 * policy folder are read each time. A template is compiled once per text: a compiled template keeps
 * what it learnt of the values' classes, which a fresh one finds out again by reflection (and
 * exceptions) at every mail.
 */
@Component
public class MailTemplates {

  private static final Mustache.Compiler TEXT =
      Mustache.compiler().escapeHTML(false).defaultValue("").emptyStringIsFalse(true);
  private static final Mustache.Compiler HTML =
      Mustache.compiler().defaultValue("").emptyStringIsFalse(true);

  private final SupportFlowProperties properties;
  private final PathMatchingResourcePatternResolver resolver =
      new PathMatchingResourcePatternResolver();
  private final Map<String, Optional<String>> fromJar = new ConcurrentHashMap<>();
  // Far more than the kinds and tenants there are, with room for edited texts.
  private final Cache<String, Template> textTemplates =
      Caffeine.newBuilder().maximumSize(200).build();
  private final Cache<String, Template> htmlTemplates =
      Caffeine.newBuilder().maximumSize(200).build();

  MailTemplates(SupportFlowProperties properties) {
    this.properties = properties;
  }

  /** A mail rendered from a template: subject, plain text and HTML (null without an .html). */
  public record Rendered(String subject, String text, String html) {}

  public Rendered render(String tenant, String kind, Map<String, ?> values) {
    String source = read(tenant, kind + ".txt");
    if (source == null) {
      throw new IllegalStateException("No mail template mail/" + kind + ".txt");
    }
    String text = textTemplates.get(source, TEXT::compile).execute(values).replace("\r\n", "\n");
    int end = text.indexOf('\n');
    String subject = (end < 0 ? text : text.substring(0, end)).strip();
    String body = end < 0 ? "" : text.substring(end + 1).stripLeading();
    String htmlSource = read(tenant, kind + ".html");
    String html =
        htmlSource == null ? null : htmlTemplates.get(htmlSource, HTML::compile).execute(values);
    return new Rendered(subject, body, html);
  }

  /** The tenant's own, else the shared one; from the policy folder, else from the jar. */
  private String read(String tenant, String file) {
    for (String path : List.of("mail/" + tenant + "/" + file, "mail/" + file)) {
      String found = readOne(properties.policyLocation(path));
      if (found != null) {
        return found;
      }
    }
    for (String path : List.of("mail/" + tenant + "/" + file, "mail/" + file)) {
      String found = readOne("classpath*:" + path);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private String readOne(String location) {
    if (location.startsWith(ResourcePatternResolver.CLASSPATH_ALL_URL_PREFIX)) {
      return fromJar.computeIfAbsent(location, jar -> Optional.ofNullable(load(jar))).orElse(null);
    }
    return load(location);
  }

  private String load(String location) {
    try {
      Resource[] found = resolver.getResources(location);
      if (found.length == 0 || !found[0].exists()) {
        return null;
      }
      return found[0].getContentAsString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + location, e);
    }
  }
}

package dev.supportflow.kb;

import java.io.Reader;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.br.BrazilianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Portuguese text as clients type it: standard tokenizer, lower case, Portuguese and Brazilian stop
 * words (with and without accents, since people often type none), ASCII folding ("rejeicao" =
 * "Rejeição") and a light stemmer ("certificados vencidos" = "certificado vencido"). Fiscal
 * document names are written with or without the hyphen ("NF-e", "NFe", "CT-e", "MDF-e"): both
 * become one word before tokenizing. The same chain indexes articles and analyzes queries.
 */
public final class PortugueseTextAnalyzer extends Analyzer {

  private static final CharArraySet STOP_WORDS = stopWords();
  private static final Pattern DOCUMENT_NAME = Pattern.compile("(?i)\\b(nf|nfc|nfs|ct|mdf)-(e)\\b");

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new PatternReplaceCharFilter(DOCUMENT_NAME, "$1$2", reader);
  }

  @Override
  protected Reader initReaderForNormalization(String fieldName, Reader reader) {
    return initReader(fieldName, reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream stream = new LowerCaseFilter(source);
    stream = new StopFilter(stream, STOP_WORDS);
    stream = new ASCIIFoldingFilter(stream);
    stream = new PortugueseLightStemFilter(stream);
    return new TokenStreamComponents(source, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }

  private static CharArraySet stopWords() {
    CharArraySet words = new CharArraySet(512, false);
    for (CharArraySet set :
        new CharArraySet[] {
          PortugueseAnalyzer.getDefaultStopSet(), BrazilianAnalyzer.getDefaultStopSet()
        }) {
      for (Object word : set) {
        String text = new String((char[]) word).toLowerCase(Locale.ROOT);
        words.add(text);
        words.add(fold(text));
      }
    }
    return CharArraySet.unmodifiableSet(words);
  }

  private static String fold(String text) {
    char[] out = new char[text.length() * 4];
    int length = ASCIIFoldingFilter.foldToASCII(text.toCharArray(), 0, out, 0, text.length());
    return new String(out, 0, length);
  }
}

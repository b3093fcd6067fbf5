package dev.supportflow.kb;

/**
 * One search hit: the article's id, title, its API address ({@code /api/kb/{id}}) and the relevance
 * score.
 */
public record ArticleMatch(String id, String title, String url, double score) {}

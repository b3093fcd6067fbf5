package dev.supportflow.web;

import java.io.IOException;

/**
 * Raised while reading a request body that outgrows the limit (also when no Content-Length was
 * sent).
 */
class PayloadTooLargeException extends IOException {

  PayloadTooLargeException(long limit) {
    super("The request body is larger than " + limit + " bytes.");
  }
}

package dev.supportflow.clientrecord;

/** A client record's row, as far as the shared reads need it: its number and whose it is. */
public interface ClientRecord {

  long number();

  String tenant();

  String clientId();
}

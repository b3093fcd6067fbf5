package dev.supportflow.ticket;

/**
 * Where a contact reached the vendor (POLICY.md vocabulary). Which ones are accepted is a DMN
 * matter.
 */
public enum Channel {
  PORTAL,
  WHATSAPP_OFFICIAL,
  WHATSAPP_OTHER,
  WHATSAPP_GROUP,
  PHONE,
  EMAIL,
  TELEGRAM,
  SKYPE,
  OTHER_IM
}

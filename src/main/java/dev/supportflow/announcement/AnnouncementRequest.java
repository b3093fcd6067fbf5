package dev.supportflow.announcement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /api/announcements}. */
record AnnouncementRequest(
    @NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 20_000) String body) {}

package org.jesr.desk.aidememoire;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A numbered paragraph of a frozen version; its number is its position plus one. */
@Embeddable
public record Paragraph(
        @Enumerated(EnumType.STRING) @Column(name = "section_key", nullable = false, length = 30)
        SectionKey section,

        @Column(name = "body", nullable = false, length = 20000)
        String html) {}

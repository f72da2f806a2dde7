/**
 * The people with an active role in an event: {@link io.eventlens.extraction.participant.ParticipantFinder}.
 *
 * <p>{@code new ParticipantFinder().find(document, region)} returns
 * {@link io.eventlens.extraction.event.ParticipantCandidate}s for the event a region of the text
 * describes: name (no honorific), role as stated, affiliation at its fullest (acronyms expanded),
 * kind (host, keynote, moderator, panelist, speaker, other), each a slot with its text span and a
 * confidence. It reads the layers of {@code entity} and the token, sentence and (when present)
 * layout layers; the readers of {@code event} and {@code announcement} call it per event region.
 *
 * <p>Inside: {@code Cues} (the words that say someone took part and in which capacity),
 * {@code RoleAndOrganization} (splitting "Senior Fellow at the X Institute" into a role and an
 * affiliation), {@code Merger} (several mentions of one person become one participant).
 */
package io.eventlens.extraction.participant;

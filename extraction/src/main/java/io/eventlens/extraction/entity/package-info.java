/**
 * People, organisations and acronyms named in a document, as layers with evidence spans.
 *
 * <p>Three annotators, run after tokens and sentences (and after the statistical name tagger of
 * {@code ner}, whose confident persons back the patterns up):
 * <ol>
 * <li>{@link io.eventlens.extraction.entity.AcronymAnnotator} adds
 * {@link io.eventlens.extraction.entity.AcronymDefinition#LAYER}: "International Peace Institute (IPI)";</li>
 * <li>{@link io.eventlens.extraction.entity.OrganizationAnnotator} adds
 * {@link io.eventlens.extraction.entity.OrganizationMention#LAYER}: names built on organisation words
 * ("Permanent Mission of Fiji to the United Nations"), long forms of acronyms and their later uses;</li>
 * <li>{@link io.eventlens.extraction.entity.PersonAnnotator} adds
 * {@link io.eventlens.extraction.entity.PersonMention#LAYER}: names with honorifics stripped, found by
 * honorifics, appositions, titles, cues, agenda lines, announcement labels and the tagger.</li>
 * </ol>
 *
 * <p>{@link io.eventlens.extraction.entity.OrganizationNames} answers what other code needs to
 * resolve an organisation as written: {@code OrganizationNames.of(document).fullest(span)} gives its
 * fullest spelling in the document (a defined acronym expanded, "the Geneva Centre" completed to the
 * one longer name that begins so). {@link io.eventlens.extraction.entity.Honorifics#strip(String)}
 * removes honorifics from a name; {@link io.eventlens.extraction.entity.Places} and
 * {@link io.eventlens.extraction.entity.Vocabulary} hold the general word lists (JDK country names,
 * organisation words, role words). No name, title or organisation of any corpus is listed anywhere.
 */
package io.eventlens.extraction.entity;

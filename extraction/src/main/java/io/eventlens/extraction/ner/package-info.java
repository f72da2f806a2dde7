/**
 * The statistical name tagger: people (PER), organisations (ORG), locations (LOC) and other
 * names (MISC) in tokenised text.
 *
 * <p>An averaged structured perceptron over BILOU labels with Viterbi decoding
 * ({@link io.eventlens.extraction.ner.NameTagger}), trained by
 * {@link io.eventlens.extraction.ner.NameTaggerTrainer} on the CoNLL-2003 English training split
 * ({@code eventlens train-ner}, {@code evaluation/train-ner.sh}); the trained model ships as a
 * resource ({@link io.eventlens.extraction.ner.NameTagger#BUNDLED_MODEL}). Features: the word and
 * its shape, prefixes, suffixes and neighbours, the kind of line (running text, all capitals,
 * Title Case, a short line), word lists from the JDK and general words
 * ({@code Gazetteer}), how often the word is written in lowercase in the training text, how it
 * is written elsewhere in the document, and the labels the tagger gave it earlier in the document.
 *
 * <p>In the engine, {@link io.eventlens.extraction.ner.StatisticalNameAnnotator} adds the
 * {@link io.eventlens.extraction.ner.EntityMention#LAYER} layer over the token and sentence
 * layers. Each mention's confidence is the model's probability of exactly that span and type,
 * calibrated on CoNLL eng.testa: there, mentions at 0.8 or more are right about 97-99% of the
 * time, those between 0.5 and 0.8 about 70%. Event documents are not news: read the layer as a
 * backstop for names that patterns miss.
 */
package io.eventlens.extraction.ner;

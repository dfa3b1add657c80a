-- kb schema, version 4: full text stemmed, for English beside Vietnamese (issue 12).
-- The Porter stemmer runs after the unicode61 tokenizer on the text kb has already folded,
-- so "meeting" finds "meetings" and "met with" finds "meets with"; Vietnamese syllables have
-- none of the English endings it strips, and the query is stemmed like the text, so folded
-- Vietnamese matches as before. The tables keep their text, so it is copied over as stored.
CREATE VIRTUAL TABLE claim_fts_stemmed USING fts5(text, tokenize = 'porter unicode61 remove_diacritics 2');
INSERT INTO claim_fts_stemmed(rowid, text) SELECT rowid, text FROM claim_fts;
DROP TABLE claim_fts;
ALTER TABLE claim_fts_stemmed RENAME TO claim_fts;

CREATE VIRTUAL TABLE document_fts_stemmed USING fts5(title, body, tokenize = 'porter unicode61 remove_diacritics 2');
INSERT INTO document_fts_stemmed(rowid, title, body) SELECT rowid, title, body FROM document_fts;
DROP TABLE document_fts;
ALTER TABLE document_fts_stemmed RENAME TO document_fts;

CREATE VIRTUAL TABLE sentence_fts_stemmed USING fts5(text, tokenize = 'porter unicode61 remove_diacritics 2');
INSERT INTO sentence_fts_stemmed(rowid, text) SELECT rowid, text FROM sentence_fts;
DROP TABLE sentence_fts;
ALTER TABLE sentence_fts_stemmed RENAME TO sentence_fts;

-- explain documents where text ~ "dien kremlin"
SELECT d.id,
       d.title,
       d.published,
       d.file_name AS file,
       d.outlet,
       d.language
FROM documents d
WHERE d.id IN (SELECT rowid FROM document_fts WHERE document_fts MATCH ?1)
ORDER BY d.id
-- ?1 = '"dien kremlin"'

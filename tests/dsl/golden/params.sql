-- explain claims where speaker=$who and date >= $since
SELECT c.id,
       s.name AS speaker,
       CASE c.date_precision WHEN 'day' THEN c.date_start WHEN 'month' THEN substr(c.date_start, 1, 7) WHEN 'year' THEN substr(c.date_start, 1, 4) END AS date,
       c.text,
       c.direct,
       (SELECT json_group_array(json_object('document', d.file_name, 'sentence', se.text, 'evidence',
                 CAST(substr(CAST(d.clean_text AS BLOB), ev.start_byte + 1, ev.end_byte - ev.start_byte) AS TEXT)))
          FROM claim_evidence x JOIN evidence ev ON ev.id = x.evidence_id
          JOIN documents d ON d.id = ev.document_id JOIN sentences se ON se.id = ev.sentence_id
         WHERE x.claim_id = c.id) AS sources
FROM claims c
JOIN actors s ON s.id = c.speaker_id
WHERE s.id IN (SELECT actor_id FROM actor_aliases WHERE folded = ?1)
  AND c.date_start >= ?2
ORDER BY c.id
-- ?1 = 'peskov'
-- ?2 = '2025-09-01'

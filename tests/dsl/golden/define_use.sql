-- explain ru_us where date >= 2025-09
SELECT e.id,
       e.type,
       CASE e.date_precision WHEN 'day' THEN e.date_start WHEN 'month' THEN substr(e.date_start, 1, 7) WHEN 'year' THEN substr(e.date_start, 1, 4) END AS date,
       p.name AS place,
       (SELECT json_group_array(a.name) FROM event_participants ep JOIN actors a ON a.id = ep.actor_id
         WHERE ep.event_id = e.id) AS participants,
       e.status,
       (SELECT json_group_array(json_object('document', d.file_name, 'sentence', se.text, 'evidence',
                 CAST(substr(CAST(d.clean_text AS BLOB), ev.start_byte + 1, ev.end_byte - ev.start_byte) AS TEXT)))
          FROM event_evidence x JOIN evidence ev ON ev.id = x.evidence_id
          JOIN documents d ON d.id = ev.document_id JOIN sentences se ON se.id = ev.sentence_id
         WHERE x.event_id = e.id) AS sources
FROM events e
LEFT JOIN places p ON p.id = e.place_id
WHERE EXISTS (SELECT 1 FROM event_participants ep JOIN actors a ON a.id = ep.actor_id WHERE ep.event_id = e.id AND (lower(a.country) = ?1 OR a.country IN (SELECT cp.country FROM places cp JOIN place_aliases cpa ON cpa.place_id = cp.id WHERE cp.kind = 'country' AND cpa.folded = ?1)))
  AND EXISTS (SELECT 1 FROM event_participants ep JOIN actors a ON a.id = ep.actor_id WHERE ep.event_id = e.id AND (lower(a.country) = ?2 OR a.country IN (SELECT cp.country FROM places cp JOIN place_aliases cpa ON cpa.place_id = cp.id WHERE cp.kind = 'country' AND cpa.folded = ?2)))
  AND e.date_start >= ?3
ORDER BY e.id
-- ?1 = 'ru'
-- ?2 = 'us'
-- ?3 = '2025-09-01'

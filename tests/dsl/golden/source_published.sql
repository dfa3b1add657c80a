-- explain events where source.published >= 2025-12
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
WHERE e.id IN (SELECT x.event_id FROM event_evidence x JOIN evidence ev ON ev.id = x.evidence_id JOIN documents d ON d.id = ev.document_id WHERE d.published >= ?1)
ORDER BY e.id
-- ?1 = '2025-12-01'

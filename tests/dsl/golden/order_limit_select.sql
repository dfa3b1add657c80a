-- explain meetings where place="Alaska" order by date desc limit 1 select date, participants
SELECT CASE e.date_precision WHEN 'day' THEN e.date_start WHEN 'month' THEN substr(e.date_start, 1, 7) WHEN 'year' THEN substr(e.date_start, 1, 4) END AS date,
       (SELECT json_group_array(a.name) FROM event_participants ep JOIN actors a ON a.id = ep.actor_id
         WHERE ep.event_id = e.id) AS participants
FROM events e
LEFT JOIN places p ON p.id = e.place_id
WHERE e.type IN ('meeting', 'summit', 'talks')
  AND e.place_id IN (SELECT pt.descendant_id FROM place_tree pt JOIN place_aliases pa ON pa.place_id = pt.ancestor_id WHERE pt.depth >= 0 AND pa.folded = ?1)
ORDER BY e.date_start DESC, e.id
LIMIT ?2
-- ?1 = 'alaska'
-- ?2 = 1

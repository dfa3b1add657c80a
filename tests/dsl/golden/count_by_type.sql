-- explain count events by type
SELECT e.type AS type, count(*) AS count
FROM events e
LEFT JOIN places p ON p.id = e.place_id
GROUP BY e.type
ORDER BY count DESC, e.type

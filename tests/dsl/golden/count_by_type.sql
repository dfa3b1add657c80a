-- explain count events by type
SELECT e.type AS type, count(*) AS count
FROM events e
GROUP BY e.type
ORDER BY count DESC, e.type

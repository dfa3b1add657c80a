-- explain count claims by speaker order by count desc limit 5
SELECT s.name AS speaker, count(*) AS count
FROM claims c
JOIN actors s ON s.id = c.speaker_id
GROUP BY s.name
ORDER BY count DESC, s.name
LIMIT ?1
-- ?1 = 5

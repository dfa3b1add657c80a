-- explain places where name="Matxcơva"
SELECT p.id,
       p.name,
       p.kind,
       w.name AS within,
       p.country
FROM places p
LEFT JOIN places w ON w.id = p.parent_id
WHERE p.id IN (SELECT place_id FROM place_aliases WHERE folded = ?1)
ORDER BY p.id
-- ?1 = 'matxcova'

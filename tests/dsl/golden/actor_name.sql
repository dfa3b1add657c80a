-- explain actors where name="Sergey Lavrov"
SELECT a.id,
       a.name,
       a.kind,
       a.country,
       (SELECT json_group_array(DISTINCT r.title) FROM actor_roles r WHERE r.actor_id = a.id) AS roles
FROM actors a
WHERE a.id IN (SELECT actor_id FROM actor_aliases WHERE folded = ?1)
ORDER BY a.id
-- ?1 = 'sergey lavrov'

-- explain actors where role="foreign minister"
SELECT a.id,
       a.name,
       a.kind,
       a.country,
       (SELECT json_group_array(DISTINCT r.title) FROM actor_roles r WHERE r.actor_id = a.id) AS roles
FROM actors a
WHERE a.id IN (SELECT r.actor_id FROM actor_roles r JOIN role_titles rt ON rt.title = r.title WHERE (rt.class = ?1 OR r.title = ?1))
ORDER BY a.id
-- ?1 = 'foreign minister'

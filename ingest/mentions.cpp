#include "ingest/mentions.hpp"

#include <set>

#include <SQLiteCpp/Statement.h>

#include "core/text.hpp"

namespace kb::ingest {

Result<Gazette> Gazette::load(SQLite::Database& db) {
  Gazette g;
  try {
    SQLite::Statement actors(db, "SELECT a.id, a.kind, a.name, aa.alias FROM actor_aliases aa JOIN actors a ON a.id = aa.actor_id");
    while (actors.executeStep()) {
      Target t{actors.getColumn(0).getInt64(), 0, actors.getColumn(1).getString(), false};
      std::string alias = actors.getColumn(3).getString();
      t.cased = text::starts_upper(alias);
      g.actor_kind[t.actor_id] = t.kind;
      g.actor_name[t.actor_id] = actors.getColumn(2).getString();
      g.actor_by_name[actors.getColumn(2).getString()] = t.actor_id;
      g.names.add(alias, t);
    }
    SQLite::Statement countries(db, "SELECT id, kind, country FROM actors WHERE country IS NOT NULL");
    while (countries.executeStep()) {
      auto code = countries.getColumn(2).getString();
      g.actor_country[countries.getColumn(0).getInt64()] = code;
      if (countries.getColumn(1).getString() == "country") g.country_actor[code] = countries.getColumn(0).getInt64();
    }
    SQLite::Statement places(db, "SELECT place_id, alias FROM place_aliases");
    while (places.executeStep()) {
      std::string alias = places.getColumn(1).getString();
      g.names.add(alias, Target{0, places.getColumn(0).getInt64(), "place", text::starts_upper(alias)});
    }
    SQLite::Statement titles(db, "SELECT title, class FROM role_titles");  // before the roles: they are filed by class
    while (titles.executeStep()) g.title_class[titles.getColumn(0).getString()] = titles.getColumn(1).getString();
    SQLite::Statement roles(db, "SELECT actor_id, title, of_actor_id, valid_from, valid_to FROM actor_roles");
    while (roles.executeStep()) {
      Role r;
      r.actor_id = roles.getColumn(0).getInt64();
      r.title_class = roles.getColumn(1).getString();
      r.of_actor_id = roles.getColumn(2).isNull() ? 0 : roles.getColumn(2).getInt64();
      if (auto d = parse_date_literal(roles.getColumn(3).getString())) r.from = d->start;
      if (auto d = parse_date_literal(roles.getColumn(4).getString())) r.to = d->start;
      g.add_role(std::move(r));
    }
    SQLite::Statement tree(db, "SELECT ancestor_id, descendant_id FROM place_tree");
    while (tree.executeStep()) g.within.insert({tree.getColumn(0).getInt64(), tree.getColumn(1).getInt64()});
  } catch (const SQLite::Exception& e) {
    return Error{"cannot read the gazetteer from the database", {}, e.what()};
  }
  return g;
}

void Gazette::add_role(Role r) {
  if (auto k = actor_kind.find(r.of_actor_id); k != actor_kind.end() && k->second == "country")
    served_country.try_emplace(r.actor_id, r.of_actor_id);
  roles_by_office[{class_of(r.title_class), r.of_actor_id}].push_back(roles.size());
  roles.push_back(std::move(r));
}

void Gazette::add_person(long long id, const std::string& name, const std::string& title, long long of_actor) {
  if (!title.empty()) add_role({id, of_actor, title, std::nullopt, std::nullopt});
  actor_kind[id] = "person";
  actor_name[id] = name;
  actor_by_name[name] = id;
  names.add(name, Target{id, 0, "person", true});
  // Later short forms: the last word ("ông Gusarov") or, in names written family name
  // first ("Iwaya Takeshi", "Anwar Ibrahim"), the first.
  auto sp = name.rfind(' ');
  if (sp != std::string::npos) {
    names.add(name.substr(sp + 1), Target{id, 0, "person", true});
    names.add(name.substr(0, name.find(' ')), Target{id, 0, "person", true});
  }
}

long long Gazette::country_of(long long actor) const {
  auto c = actor_country.find(actor);
  if (c == actor_country.end()) {
    auto s = served_country.find(actor);
    return s == served_country.end() ? 0 : s->second;
  }
  auto a = country_actor.find(c->second);
  return a == country_actor.end() ? 0 : a->second;
}

std::string Gazette::class_of(const std::string& title) const {
  auto it = title_class.find(title);
  return it == title_class.end() ? title : it->second;
}

bool Gazette::place_inside(long long inner, long long outer) const {
  return inner == outer || within.count({outer, inner}) > 0;
}

long long Gazette::holder(const std::string& title, long long of_actor, std::optional<Day> day) const {
  if (!of_actor) return 0;  // "người phát ngôn" alone names nobody in particular
  long long found = 0;
  auto office = roles_by_office.find({class_of(title), of_actor});
  if (office == roles_by_office.end()) return 0;
  for (auto k : office->second) {
    const auto& r = roles[k];
    if (day && ((r.from && *r.from > *day) || (r.to && *r.to <= *day))) continue;
    if (found && found != r.actor_id) return 0;
    found = r.actor_id;
  }
  return found;
}

namespace {

struct Matcher {
  Document& doc;
  Gazette& g;
  const Lexicon& lx;
  std::optional<Day> ref;
  const std::vector<Token>& toks;
  std::vector<std::size_t> clause_start;  // per token: the first token of its clause (after ",", "." or a line end)
  long long last_person = 0;              // the last person named so far in pass 2
  long long last_body = 0;                // the last international body (no country's) named so far
  std::pair<std::size_t, std::string> sentence_title{SIZE_MAX, {}};  // the last title met, and its sentence
  std::map<long long, std::size_t> last_seen;  // per person: the order of their last mention in pass 2
  std::set<long long> created;            // people pass 1 introduced (their first mention says so)
  std::map<long long, long long> last_of_country;  // country actor -> the last of its people named
  // The last and the first word of each full name met in this document ("Phạm Thu Hằng" ->
  // "hang", "Lee Jae Myung" -> "lee"), for "bà Hằng" and "ông Lee" later on; 0 when two
  // people share it. Never carried to another document.
  std::map<std::string, long long> given_names;
  // Per person named right after a title here, that title's office ("ambassador"): what a
  // kind of person said alone ("nhà ngoại giao") may stand for.
  std::map<long long, std::string> named_as;

  // A title used alone whose office has several holders ("Đặc phái viên Mỹ" when the US has
  // more than one envoy) refers back to the last of them named in this document, or nobody.
  long long named_holder(const std::string& title, long long of_actor) const {
    if (!of_actor) return 0;
    auto office = g.roles_by_office.find({g.class_of(title), of_actor});
    if (office == g.roles_by_office.end()) return 0;
    long long best = 0;
    std::size_t when = 0;
    for (auto k : office->second)
      if (auto it = last_seen.find(g.roles[k].actor_id); it != last_seen.end() && it->second >= when)
        best = it->first, when = it->second;
    return best;
  }

  // One pass over the gaps between words, so that looking back to a clause's start is a lookup.
  void find_clauses() {
    clause_start.resize(toks.size());
    for (std::size_t k = 0; k < toks.size(); ++k) {
      bool opens = k == 0 || doc.clean.substr(toks[k - 1].span.end, toks[k].span.begin - toks[k - 1].span.end)
                                     .find_first_of(",.\n") != std::string::npos;
      clause_start[k] = opens ? k : clause_start[k - 1];
    }
  }

  // A comma, and nothing else, stands between token k-1 and token k.
  bool comma_before(std::size_t k) const {
    return k > 0 && k < toks.size() && text::trim(doc.clean.substr(toks[k - 1].span.end, toks[k].span.begin - toks[k - 1].span.end)) == ",";
  }

  // Only spaces between two tokens: they belong to one name. So does the full stop of an
  // initial or a short abbreviation written with a capital ("Mr. Putin", "U.S. Secretary"),
  // where it ends no sentence ("… tới Hà Nội. Thủ tướng …" is two).
  bool adjacent(std::size_t a, std::size_t b) const {
    auto i = toks[a].span.end;
    if (i < toks[b].span.begin && doc.clean[i] == '.' && toks[a].upper && toks[a].folded.size() <= 3 &&
        (sentence_of.empty() || sentence_of[a] == sentence_of[b]))
      ++i;
    for (; i < toks[b].span.begin; ++i)
      if (doc.clean[i] != ' ') return false;
    return true;
  }

  // Where the name after a title starts: past where the office is held ("Đại sứ Mỹ tại
  // Philippines MaryKay Carlson") and a body's acronym ("… Philippines (PCG) Jay Tarriela").
  std::size_t after_title(std::size_t k) const {
    Mention post;
    return past_acronym(k + post_at(k, post));
  }
  // The words of where an office is held, at k ("tại Philippines"), with that place as `p`; or 0.
  std::size_t post_at(std::size_t k, Mention& p) const {
    if (k < toks.size())
      if (auto l = lx.locatives.longest(toks, k, toks.size()); l.words && k + l.words < toks.size() && adjacent(k, k + l.words))
        if (auto n = name_at(k + l.words, p); n && p.place_id && p.actor_kind != "person") return l.words + n;
    return 0;
  }

  // Token k, or the token after a body's acronym in parentheses that opens at k ("(PCG) ").
  std::size_t past_acronym(std::size_t k) const {
    if (k == 0 || k + 1 >= toks.size() || !toks[k].upper) return k;
    auto gap = [&](std::size_t a, std::size_t b) { return doc.clean.substr(toks[a].span.end, toks[b].span.begin - toks[a].span.end); };
    return gap(k - 1, k) == " (" && gap(k, k + 1) == ") " ? k + 1 : k;
  }
  // The possessive word ("của", "of"): a name after it qualifies the one before.
  bool possessive(std::size_t k) const {
    auto a = lx.attribution.longest(toks, k, k + 1);
    return a.words && (*a.values)[0] == "possessive";
  }
  // A hyphen inside a name: "Koo Byoung-sam", "Kang Mi-jin".
  bool hyphenated(std::size_t a, std::size_t b) const {
    return toks[b].span.begin == toks[a].span.end + 1 && doc.clean[toks[a].span.end] == '-';
  }
  bool span_adjacent(std::size_t first, std::size_t n) const {
    for (std::size_t k = first; k + 1 < first + n; ++k)
      if (doc.clean.substr(toks[k].span.end, toks[k + 1].span.begin - toks[k].span.end).find('\n') != std::string::npos) return false;
    return true;
  }

  // A gazetteer name at token i: its length in words (0 when none).
  std::size_t name_at(std::size_t i, Mention& m) const {
    auto match = g.names.longest(toks, i, toks.size());
    if (!match.words || !span_adjacent(i, match.words)) return 0;
    m = Mention{};
    for (const auto& t : *match.values) {
      if (t.cased && !toks[i].upper) continue;
      if (t.actor_id && !m.actor_id) { m.actor_id = t.actor_id; m.actor_kind = t.kind; }
      if (t.place_id && !m.place_id) m.place_id = t.place_id;
    }
    if (!m.actor_id && !m.place_id) return 0;
    m.first_token = i;
    m.end_token = i + match.words;
    m.span = {toks[i].span.begin, toks[i + match.words - 1].span.end};
    return match.words;
  }

  // Name particles from k ("al", "bin", "von der") with a capitalised word of the name
  // right after them: how many (0 when none).
  std::size_t particles(std::size_t k) const {
    std::size_t n = 0;
    while (k + n < toks.size() && !toks[k + n].upper && lx.name_particles.contains(toks[k + n].lower) &&
           (n == 0 || adjacent(k + n - 1, k + n)))
      ++n;
    bool named = n && k + n < toks.size() && toks[k + n].upper && (adjacent(k + n - 1, k + n) || hyphenated(k + n - 1, k + n));
    return named ? n : 0;
  }

  // Capitalised words right after token i-1 that are no known name: a new person's name.
  std::size_t unknown_name_at(std::size_t i) const {
    std::size_t n = 0;
    Mention m;
    if (i < toks.size() && lx.org_heads.longest(toks, i, toks.size()).words) return 0;
    std::size_t words = 0;
    while (i + n < toks.size()) {
      bool joined = n > 0 && hyphenated(i + n - 1, i + n);
      // "Adel al-Jubeir", "Mohammed bin Salman": a particle in lower case between two
      // capitalised words of the name
      std::size_t p = joined || n == 0 ? 0 : particles(i + n);
      bool after_particle = p && adjacent(i + n - 1, i + n);
      if (after_particle) n += p;
      if (!joined && (!toks[i + n].upper || (n > 0 && !after_particle && !adjacent(i + n - 1, i + n)))) break;
      if (!joined && (lx.titles.longest(toks, i + n, toks.size()).words || lx.honorifics.longest(toks, i + n, toks.size()).words)) break;
      if (!joined && name_at(i + n, m)) return 0;
      if (n == max_name_words) return 0;
      words += joined ? 0 : 1;
      ++n;
    }
    return words >= 2 ? n : 0;
  }

  std::string words(std::size_t i, std::size_t n) const {
    return doc.clean.substr(toks[i].span.begin, toks[i + n - 1].span.end - toks[i].span.begin);
  }

  // A title phrase (with the country or body it serves): title, of-actor, the token after it,
  // where the country's name starts, and where the title's own words start.
  struct TitleAt {
    std::string title;
    bool former = false;
    long long of = 0;
    std::size_t end = 0, first = 0;
    std::size_t of_first = std::string::npos;  // npos: the country is not in the text (an epithet's)
  };

  // Per title as written ("tong bi thu"), the last person named right after it here: the
  // title alone later ("Tổng Bí thư cho biết …") is that person. Never carried to another
  // document.
  std::map<std::string, long long> titled;
  // Titles some person was named with and no country ("Thủ tướng Phạm Minh Chính"): the
  // bare title later is them, not someone named since with a country ("Thủ tướng Canada X").
  std::set<std::string> titled_bare;
  std::string title_words(const TitleAt& t) const {
    std::string key;
    for (auto k = t.first; k < (t.of_first != std::string::npos && t.of_first > t.first ? t.of_first : t.end); ++k) key += (key.empty() ? "" : " ") + toks[k].folded;
    return key;
  }
  // An article before a title or a name ("the president", "of the Kremlin").
  bool determiner(std::size_t k) const {
    auto a = lx.attribution.longest(toks, k, k + 1);
    return a.has("determiner");
  }
  // A title at i, over an article before it ("the deputy chairman"), with the country or
  // body named before it ("Russian President", "Kremlin spokesman", "Russia's Foreign
  // Ministry spokeswoman") or after it ("Ngoại trưởng Nga", "President of Russia").
  std::optional<TitleAt> title_at(std::size_t i) const {
    if (auto t = title_here(i)) return t;
    if (i + 1 < toks.size() && determiner(i) && adjacent(i, i + 1))
      if (auto t = title_here(i + 1)) return t;
    Mention m;
    auto n = name_at(i, m);
    if (!n || !m.actor_id || m.actor_kind == "person") return std::nullopt;
    std::size_t j = i + n;
    if (j < toks.size() && toks[j].folded == "s" && !adjacent(j - 1, j) && toks[j].span.begin - toks[j - 1].span.end <= 3)
      ++j;  // "Russia's": the apostrophe is no word
    Mention body;
    if (auto b = j < toks.size() && adjacent(j - 1, j) ? name_at(j, body) : 0; b && body.actor_id && body.actor_kind == "organization")
      m = body, j += b;
    if (j >= toks.size() || !adjacent(j - 1, j)) return std::nullopt;
    auto t = title_here(j);
    if (!t || t->of) return std::nullopt;
    t->of = m.actor_id;
    t->of_first = i;
    return t;
  }
  std::optional<TitleAt> title_here(std::size_t i) const {
    auto t = lx.titles.longest(toks, i, toks.size());
    if (auto e = lx.epithets.longest(toks, i, toks.size()); e.words > t.words) {
      auto of = g.actor_by_name.find((*e.values)[0].of);
      return TitleAt{(*e.values)[0].title, false, of == g.actor_by_name.end() ? 0 : of->second, i + e.words, i};
    }
    if (!t.words) return std::nullopt;
    TitleAt out{(*t.values)[0].title, (*t.values)[0].former, 0, i + t.words, i};
    Mention m;
    std::size_t j = out.end;
    if (j < toks.size() && possessive(j)) ++j;   // "của Mỹ", "of Russia"
    if (j + 1 < toks.size() && j > out.end && determiner(j)) ++j;  // "of the Security Council"
    if (j < toks.size() && adjacent(j - 1, j)) {
      if (auto n = name_at(j, m); n && m.actor_id && m.actor_kind != "person") {
        out.of = m.actor_id;
        out.of_first = j;
        out.end = j + n;
      }
    }
    // A phrase of several offices ("người đứng đầu": a country's leader, a body's head) means
    // the first that someone holds for the country or body named.
    if (out.of && t.values->size() > 1)
      for (const auto& v : *t.values)
        if (v.former == out.former && g.holder(v.title, out.of, ref)) {
          out.title = v.title;
          break;
        }
    return out;
  }

  // The role a new person introduced at [first, end) holds: a title right before the name,
  // an apposition after it (", Vụ trưởng … Bộ Ngoại giao Nga") or before it ("Đại diện … Mỹ …, ông X").
  std::optional<TitleAt> role_around(std::size_t first, std::size_t end) const {
    if (end < toks.size() && doc.clean.substr(toks[end - 1].span.end, toks[end].span.begin - toks[end - 1].span.end).find(',') != std::string::npos)
      if (auto t = title_at(end)) {
        if (!t->of) t->of = first_body_after(t->end);
        return t;
      }
    // Clause before: from the previous comma (or sentence start) to the name.
    std::size_t b = clause_start[first];
    auto sep = b > 0 ? doc.clean.substr(toks[b - 1].span.end, toks[b].span.begin - toks[b - 1].span.end) : std::string{};
    if (b > 0 && b < first && sep.find(',') != std::string::npos && sep.find_first_of(".\n") == std::string::npos) {
      if (auto t = title_at(clause_start[b - 1])) return t;
    }
    return std::nullopt;
  }

  long long first_body_after(std::size_t j) const {
    Mention m;
    for (std::size_t k = j; k < toks.size() && k < j + 12; ++k)
      if (name_at(k, m) && m.actor_id && m.actor_kind == "organization") return m.actor_id;
    return 0;
  }

  // "người phát ngôn của ông Zelensky, Serhii Nykyforov, …": a name set off by commas
  // right after a title (and whom it serves) is its holder. Returns the token the name
  // starts at, or `at` when there is none.
  std::size_t apposed(const TitleAt& t, std::size_t at) const {
    std::size_t k = at;
    Mention m;
    if (k < toks.size() && possessive(k) && adjacent(k - 1, k)) {
      ++k;
      if (auto h = lx.honorifics.longest(toks, k, toks.size()); h.words) k += h.words;
      std::size_t n = k < toks.size() ? name_at(k, m) : 0;
      if (auto whose = k < toks.size() ? title_at(k) : std::nullopt; whose && whose->end - k > n) n = whose->end - k;
      if (!n) return at;
      k += n;
    } else if (t.end != at) {
      return at;
    }
    if (!comma_before(k)) return at;
    auto n = unknown_name_at(k);
    if (!n || k + n >= toks.size()) return at;
    return comma_before(k + n) ? k : at;  // closed by a comma: an apposition, not a list
  }

  // Pass 1: people introduced by a title or an honorific and unknown to the gazette.
  void find_new_people(const NewPersonFn& create) {
    for (std::size_t i = 0; i < toks.size(); ++i) {
      std::size_t after = 0;
      std::optional<TitleAt> title;
      if (auto t = title_at(i)) { title = t; after = after_title(t->end); }
      else if (auto h = lx.honorifics.longest(toks, i, toks.size()); h.words) after = i + h.words;
      else continue;
      bool appos = false;
      if (title && after < toks.size() && (!adjacent(after - 1, after) || possessive(after)))
        if (auto k = apposed(*title, after); k != after) after = k, appos = true;
      bool past_post = title && after != title->end;  // over "tại Philippines" or "(PCG)": no longer adjacent
      if (after >= toks.size() || (!appos && !past_post && !adjacent(after - 1, after))) continue;
      // "Người phát ngôn Bộ Thống nhất Hàn Quốc Koo Byoung-sam": a body the gazetteer does
      // not know, ending with a country, between the title and the name.
      if (title && !appos && !title->of && lx.org_heads.longest(toks, after, toks.size()).words) {
        Mention c;
        for (std::size_t k = after + 1; k < toks.size() && k < after + 8 && adjacent(k - 1, k); ++k)
          if (auto w = name_at(k, c); w && c.actor_kind == "country") {
            after = k + w;
            break;
          }
        std::size_t name_from = past_acronym(after);  // "Lực lượng Bảo vệ bờ biển Philippines (PCG) Jay Tarriela"
        if (name_from >= toks.size() || (name_from == after && !adjacent(after - 1, after))) continue;
        after = name_from;
      }
      auto n = unknown_name_at(after);
      if (!n) continue;
      auto role = title ? title : role_around(after, after + n);
      auto name = words(after, n);
      long long id = g.actor_by_name.count(name) ? g.actor_by_name[name] : 0;
      if (!id) {
        std::string role_title = role ? role->title : "";
        long long of = role ? role->of : 0;
        id = create(name, role_title, of);
        g.add_person(id, name, role_title, of);
        created.insert(id);
      }
      i = after + n - 1;
    }
  }

  void add(Mention m) {
    if (m.via == Via::gazetteer && created.erase(m.actor_id)) m.via = Via::new_person;
    bool name = m.via == Via::gazetteer || m.via == Via::new_person;
    if (name && m.actor_kind == "person" && m.actor_id && m.end_token > m.first_token + 1) {
      // (the surname before a generation: "Ferdinand Marcos Jr." is "ông Marcos")
      auto last = m.end_token - 1;
      while (last > m.first_token + 1 && (lx.name_suffixes.contains(toks[last].lower) || toks[last].lower == ".")) --last;
      for (auto k : {last, m.first_token}) {
        auto [it, fresh] = given_names.try_emplace(toks[k].folded, m.actor_id);
        if (!fresh && it->second != m.actor_id) it->second = 0;
      }
    }
    // (by its own name: "Brussels" is also a place)
    if (m.actor_kind == "organization" && m.actor_id && !m.place_id && !g.actor_country.count(m.actor_id)) last_body = m.actor_id;
    if (m.actor_kind == "person" && m.actor_id) {
      note_subject(m);
      if (auto c = g.country_of(m.actor_id)) last_of_country[c] = m.actor_id;
      last_person = m.actor_id;
      last_seen[m.actor_id] = doc.mentions.size() + 1;
    }
    doc.mentions.push_back(m);
  }

  // A person's mention over tokens [first, end); a pronoun when `via` says so.
  Mention person_at(std::size_t first, std::size_t end, long long id, Via via) const {
    Mention p;
    p.span = {toks[first].span.begin, toks[end - 1].span.end};
    p.first_token = first;
    p.end_token = end;
    p.actor_id = id;
    p.actor_kind = "person";
    p.pronoun = via == Via::pronoun;
    p.via = via;
    return p;
  }

  // Token i follows ", " right after a person's name: what starts there describes that
  // person ("ông Gusarov, Vụ trưởng …") and names nobody new.
  bool apposition(std::size_t i) const {
    return !doc.mentions.empty() && doc.mentions.back().actor_kind == "person" && doc.mentions.back().end_token == i && comma_before(i);
  }

  // A person named within a few words after a bare title, in its clause, is who it
  // describes ("Tổng thống nước chủ nhà Cyril Ramaphosa"); so is the person of a second
  // title after a comma ("Phó Thủ tướng, Bộ trưởng Ngoại giao Campuchia Prak Sokhonn").
  bool person_ahead(std::size_t j) {
    constexpr std::size_t reach = 4;
    if (comma_before(j) && title_at(j)) return true;
    for (auto k = j; k < toks.size() && k < j + reach && clause_start[k] <= j; ++k) {
      // ("Tổng Bí thư và ông Macron": another noun phrase starts at "và")
      if (auto a = lx.attribution.longest(toks, k, k + 1); a.words && (*a.values)[0] == "and") return false;
      Mention m;
      if (name_at(k, m) && m.actor_kind == "person") return true;
    }
    return false;
  }

  // "hai ngoại trưởng", "các bộ trưởng": a title after a number or a plural word is a group.
  bool plural_before(std::size_t i) const {
    for (std::size_t w = 1; w <= 2 && w <= i; ++w)
      if (auto a = lx.attribution.longest(toks, i - w, i); a.words == w &&
          std::find(a.values->begin(), a.values->end(), "plural") != a.values->end())
        return true;
    return false;
  }

  // A lone capitalised word at j, right after the word before it, that is the given name of
  // one person named earlier in this article: that person, else 0.
  long long given_name_at(std::size_t j) const {
    if (j >= toks.size() || !toks[j].upper || !adjacent(j - 1, j)) return 0;
    if (j + 1 < toks.size() && toks[j + 1].upper && adjacent(j, j + 1)) return 0;
    auto it = given_names.find(toks[j].folded);
    return it == given_names.end() ? 0 : it->second;
  }

  // A capitalised word alone (no capitalised word joined before or after it) that is the
  // first or last word of one person's full name given before in this article, else 0.
  long long lone_name_at(std::size_t i) const {
    if (!toks[i].upper || toks[i].folded.size() < 2) return 0;
    if (i > 0 && toks[i - 1].upper && adjacent(i - 1, i)) return 0;
    if (i + 1 < toks.size() && toks[i + 1].upper && adjacent(i, i + 1)) return 0;
    auto it = given_names.find(toks[i].folded);
    return it == given_names.end() ? 0 : it->second;
  }

  // Per token its sentence, and per sentence the person it opens with (its subject), or 0.
  std::vector<std::size_t> sentence_of;
  std::vector<long long> subject;
  void find_sentences() {
    sentence_of.assign(toks.size(), SIZE_MAX);
    subject.assign(doc.sentences.size(), 0);
    for (std::size_t si = 0; si < doc.sentences.size(); ++si)
      for (auto k = token_at(toks, doc.sentences[si].span.begin); k < toks.size() && toks[k].span.begin < doc.sentences[si].span.end; ++k)
        sentence_of[k] = si;
  }
  // A person named first in a sentence, before any comma and within a few words of its
  // start (over a title), is what the sentence is about.
  void note_subject(const Mention& m) {
    constexpr std::size_t subject_reach = 5;
    auto si = m.first_token < sentence_of.size() ? sentence_of[m.first_token] : SIZE_MAX;
    if (si == SIZE_MAX || subject[si] || doc.sentences[si].in_quote(m.span.begin)) return;
    auto first = token_at(toks, doc.sentences[si].span.begin);
    if (m.first_token <= first + subject_reach && clause_start[m.first_token] == first) subject[si] = m.actor_id;
    // …or first in the clause after a fronted phrase of time or place ("Chiều nay, Thủ tướng
    // Ishiba …"), when no one was named before it
    auto cs = clause_start[m.first_token];
    if (cs > first && clause_start[cs - 1] == first && m.first_token <= cs + subject_reach && !person_in_sentence_before(si, m.first_token))
      subject[si] = m.actor_id;
  }
  // A pronoun opening its sentence ("He said …") stands for the subject of the sentence
  // before, when it had one ("Sisi, who …, called the US leader …. He said …": Sisi, not
  // the US leader named last); elsewhere for the last person named.
  // (A quotation may come first: "“…,” he said.")
  long long antecedent(std::size_t i) const {
    auto si = i < sentence_of.size() ? sentence_of[i] : SIZE_MAX;
    // Later in a sentence about someone, the pronoun is that subject, not a person named in
    // an apposition between ("Ông Kellogg, đặc phái viên của Tổng thống Trump, đến Kiev …,
    // chuyến thăm đầu tiên của ông tới Ukraine").
    if (si != SIZE_MAX && subject[si]) return subject[si];
    if (si == SIZE_MAX || si == 0 || !subject[si - 1]) return last_person;
    const auto& s = doc.sentences[si];
    // (or opens the clause after a fronted phrase that names no one: "Sau Việt Nam, ông …")
    // (or after one without a comma, within a few words: "On Thursday he will …")
    constexpr std::size_t fronted_words = 4;
    auto first = token_at(toks, s.span.begin);
    if (i != first && (clause_start[i] == i || i <= first + fronted_words) && !person_in_sentence_before(si, i) &&
        !s.in_quote(toks[i].span.begin))
      return subject[si - 1];
    for (auto k = token_at(toks, s.span.begin); k < i; ++k)
      if (!s.in_quote(toks[k].span.begin)) return last_person;
    return subject[si - 1];
  }

  // Whether a mention of sentence si before token i fits `want` (mentions are added in text
  // order: walk back over this sentence's).
  template <class Want>
  bool in_sentence_before(std::size_t si, std::size_t i, Want want) const {
    for (auto m = doc.mentions.rbegin(); m != doc.mentions.rend() && m->first_token < sentence_of.size() && sentence_of[m->first_token] == si; ++m)
      if (m->first_token < i && want(*m)) return true;
    return false;
  }
  bool person_in_sentence_before(std::size_t si, std::size_t i) const {
    return in_sentence_before(si, i, [](const Mention& m) { return m.actor_kind == "person"; });
  }

  // Whether the person the bare title `key` stands for holds that office for the country
  // whose press writes this language: the Vietnamese press's "Thủ tướng" stays Vietnam's
  // prime minister when it names the guest's ("… Thủ tướng Lawrence Wong. Thủ tướng …").
  bool home_holder(const std::string& key, const std::string& title) const {
    auto it = titled.find(key);
    auto home = g.actor_by_name.find(lx.home);
    return it != titled.end() && home != g.actor_by_name.end() && g.holder(title, home->second, ref) == it->second;
  }

  // The last person named with an office the anaphor [i, end) may stand for ("nhà ngoại
  // giao" after "Đại sứ … Sandeep Arya", whoever was named since), or 0.
  long long of_kind(std::size_t i, std::size_t end) const {
    auto k = lx.anaphor_kinds.longest(toks, i, toks.size());
    if (k.words != end - i) return 0;
    auto kinds = "|" + (*k.values)[0] + "|";
    long long best = 0;
    std::size_t when = 0;
    for (const auto& [p, office] : named_as)
      if (auto it = last_seen.find(p); it != last_seen.end() && it->second >= when && kinds.find("|" + office + "|") != std::string::npos)
        best = p, when = it->second;
    return best;
  }

  // Whether tokens [i, end) are exactly an anaphor for a person ("nhà ngoại giao").
  bool bare_anaphor(std::size_t i, std::size_t end) const {
    auto a = lx.anaphors.longest(toks, i, toks.size());
    return a.words == end - i && a.has("person");
  }

  // Pass 2: every mention, in text order.
  void find_all() {
    for (std::size_t i = 0; i < toks.size();) {
      Mention m;
      auto n = name_at(i, m);
      auto t = title_at(i);
      if (t && t->end - i > n) {
        Mention person, of;
        bool of_named = t->of && t->of_first != std::string::npos;  // an epithet's country is not in the text
        if (of_named) name_at(t->of_first, of);
        std::size_t name_from = after_title(t->end);
        bool named = name_from < toks.size() && adjacent(name_from - 1, name_from) && name_at(name_from, person) && person.actor_kind == "person";
        // "Người phát ngôn Bộ Ngoại giao Phạm Thu Hằng": a body between the title and the
        // name; the title alone later is that person.
        if (!named && t->end < toks.size() && adjacent(t->end - 1, t->end) && lx.org_heads.longest(toks, t->end, toks.size()).words)
          for (std::size_t k = t->end + 1; k < toks.size() && k < t->end + 8 && adjacent(k - 1, k); ++k)
            if (Mention probe; name_at(k, probe)) {
              if (probe.actor_kind == "person") titled[title_words(*t)] = probe.actor_id;
              break;
            }
        // "Thủ tướng Chính" after "Thủ tướng Phạm Minh Chính": a given name met in this article.
        if (long long given = named ? 0 : given_name_at(t->end)) {
          if (of_named) of.in_title = true, add(of);
          add(person_at(t->end, t->end + 1, given, Via::short_name));
          i = t->end + 1;
          continue;
        }
        long long who = t->former || named ? 0 : g.holder(t->title, t->of, ref);
        Via via = Via::title_holder;
        if (!who && !t->former && !named) who = named_holder(t->title, t->of), via = Via::title_recent;
        // "Tổng Bí thư" alone after "Tổng Bí thư Tô Lâm"; not an apposition to a name
        // ("ông Gusarov, Vụ trưởng …") nor a title whose person follows.
        if (!who && !t->former && !named && !t->of && !apposition(i) && !person_ahead(t->end) && !plural_before(i))
          if (auto it = titled.find(title_words(*t)); it != titled.end()) who = it->second, via = Via::title_recent;
        // A part in the story rather than an office ("Trưởng đoàn Nga"): the last person of
        // that country named.
        // A counterpart holds the office of the sentence's other official ("Ngoại trưởng A
        // điện đàm với người đồng cấp Mỹ"), whom the day's roles may know; else the country
        // stands for them — never someone this sentence named.
        bool counterpart = g.class_of(t->title) == "counterpart";
        auto si = i < sentence_of.size() ? sentence_of[i] : SIZE_MAX;
        if (counterpart && !named && t->of && sentence_title.first == si) {
          who = g.holder(sentence_title.second, t->of, ref), via = Via::title_holder;
        } else if (!who && !t->former && !named && t->of && !g.tracks(t->title) && !plural_before(i)) {
          // (a counterpart is someone else: "ông Misri cho biết chỉ huy của Pakistan đã gọi cho
          // người đồng cấp Ấn Độ")
          if (auto it = last_of_country.find(t->of);
              it != last_of_country.end() &&
              !(counterpart && in_sentence_before(si, i, [&](const Mention& m) { return m.actor_id == it->second; })))
            who = it->second, via = Via::title_country;
        }
        if (!counterpart) sentence_title = {si, t->title};
        // The country of a title is part of it when the person is known; when nobody
        // known holds the office ("Tổng thống Hàn Quốc"), the country stands for them.
        of.in_title = named || who;
        if (of_named) add(of);
        if (named) {
          auto key = title_words(*t);
          if (!t->of) titled_bare.insert(key);
          if ((!t->of || !titled_bare.contains(key)) && !home_holder(key, t->title)) titled[key] = person.actor_id;
          named_as[person.actor_id] = g.class_of(t->title);
          i = t->end;  // the name itself follows
          // "Đại sứ Ấn Độ tại Việt Nam Sandeep Arya": where the office is held is part of the
          // title, no place of the sentence's event.
          if (Mention post; auto n = post_at(i, post)) {
            post.in_title = true;
            add(post);
            i += n;
          }
          continue;
        }
        if (who && !(t->end < toks.size() && toks[t->end].upper && adjacent(t->end - 1, t->end) && unknown_name_at(t->end))) {
          add(person_at(i, t->end, who, via));
        } else if (!who && !t->of && !t->former && !plural_before(i) && !person_ahead(t->end) &&
                   bare_anaphor(i, t->end)) {
          // "…", nhà ngoại giao nói: a kind of person standing alone, with no one named and no
          // number before it, is definite — the one spoken of, as "ông" is.
          long long kind = of_kind(i, t->end);
          add(person_at(i, t->end, kind ? kind : antecedent(i), Via::pronoun));
        }
        i = t->end;
        continue;
      }
      if (n) {
        add(m);
        i += n;
        continue;
      }
      // "Guo told a briefing" after "spokesperson Guo Jiakun": one word of a full name this
      // article gave, standing alone, is that person.
      if (long long p = lone_name_at(i)) {
        add(person_at(i, i + 1, p, Via::short_name));
        ++i;
        continue;
      }
      if (auto a = lx.anaphors.longest(toks, i, toks.size()); a.words) {
        // "quan chức này", "người này": who was spoken of last, as a bare "ông" is.
        if (a.has("person")) {
          add(person_at(i, i + a.words, antecedent(i), Via::pronoun));  // even when no one is named yet: the claims stage may know the last speaker
        } else if (a.has("body") && last_body &&
                   !(i + a.words < toks.size() && toks[i + a.words].upper && adjacent(i + a.words - 1, i + a.words))) {
          // "khối", "the alliance": a body's common noun, definite, is the international body
          // named last ("Hội nghị tiếp theo của khối sẽ …"); not before a name ("khối EU").
          Mention b;
          b.span = {toks[i].span.begin, toks[i + a.words - 1].span.end};
          b.first_token = i, b.end_token = i + a.words;
          b.actor_id = last_body, b.actor_kind = "organization", b.via = Via::body;
          add(b);
        }
        i += a.words;  // (a phrase that only looks like one, "khối lượng", is skipped whole)
        continue;
      }
      if (auto h = lx.honorifics.longest(toks, i, toks.size()); h.words) {
        std::size_t j = i + h.words;
        Mention named_probe;  // "bà von der Leyen": a known name may start in lower case
        bool named = j < toks.size() && adjacent(j - 1, j) && (toks[j].upper || (name_at(j, named_probe) && named_probe.actor_kind == "person"));
        // "bà Hằng" after "Phạm Thu Hằng": the given name of someone this article named.
        Mention probe;
        if (long long given = named && !name_at(j, probe) ? given_name_at(j) : 0) {
          add(person_at(j, j + 1, given, Via::short_name));
          i = j + 1;
          continue;
        }
        if (!named && last_person) {
          auto p = person_at(i, j, antecedent(i), Via::pronoun);
          p.span = toks[i].span;
          add(p);
        }
        i = j;
        continue;
      }
      ++i;
    }
  }
};

}  // namespace

void find_mentions(Document& doc, Gazette& gazette, const Lexicon& lx, std::optional<Day> ref,
                   const NewPersonFn& new_person) {
  Matcher m{doc, gazette, lx, ref, doc.tokens, {}, 0, 0, {SIZE_MAX, {}}, {}, {}, {}, {}, {}};
  m.find_clauses();
  m.find_sentences();
  m.find_new_people(new_person);
  m.find_all();
}

}  // namespace kb::ingest

# Writes OUT: a C++ file holding each file of FILES as a raw string literal.
string(REPLACE "," ";" FILES "${FILES}")
set(body "")
foreach(f ${FILES})
  get_filename_component(name ${f} NAME)
  string(SUBSTRING ${name} 0 3 num)
  math(EXPR version "${num}")
  file(READ ${f} sql)
  string(APPEND body "  {${version}, \"${name}\", R\"kbsql(${sql})kbsql\"},\n")
endforeach()
file(WRITE ${OUT}.tmp "// Generated from schema/*.sql by cmake/embed_migrations.cmake. Do not edit.
#include \"schema/migrations.hpp\"
namespace kb::schema {
static const Migration kMigrations[] = {
${body}};
std::span<const Migration> migrations() { return kMigrations; }
}  // namespace kb::schema
")
configure_file(${OUT}.tmp ${OUT} COPYONLY)

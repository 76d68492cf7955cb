// The version of the rules by which files become articles. Raise it whenever a change to
// the parse pipeline changes what an unchanged file yields (what is skipped, titles,
// dates, sources): every file read under older rules is then read again at its next
// import, so a library made by an earlier Folio follows the new rules.
// 1: site pages and link lists skipped by reason, hidden text dropped, dates as the source
//    gave them (never the mtime), source names from the site's own name.
export const IMPORT_RULES = 1;

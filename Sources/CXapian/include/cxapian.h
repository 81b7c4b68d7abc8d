/*
 * cxapian.h: a C API over the parts of libxapian (1.4) that Sitrep needs.
 *
 * Why a C layer: Swift cannot catch C++ exceptions, and an exception that unwinds into
 * Swift frames aborts the process. Every function here is implemented with a noexcept
 * guard that turns each Xapian::Error (and std::exception, and anything else) into a
 * status code plus a malloc'd message.
 *
 * Conventions, for every function:
 * - Every symbol is prefixed `cxp_` / `CXP_`.
 * - Handles are opaque and owned by the caller; free each with its `_free` function
 *   (freeing NULL is a no-op).
 * - Functions that can fail return cxp_status. On failure, if `message` is non-NULL,
 *   *message receives a malloc'd, NUL-terminated description; release it with
 *   cxp_string_free(). On success *message is left untouched.
 * - Byte strings (terms, data, values) are (pointer, length) pairs and may contain NUL.
 *   Returned byte strings are malloc'd and released with cxp_string_free().
 * - Handles are not thread-safe (neither is Xapian): use one per thread at a time.
 */
#ifndef CXAPIAN_H
#define CXAPIAN_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum cxp_status {
    CXP_OK = 0,
    /** Another writer holds the database lock (Xapian::DatabaseLockError). */
    CXP_ERR_DATABASE_LOCKED = 1,
    /** No database at the path, or it cannot be opened (DatabaseNotFoundError, DatabaseOpeningError). */
    CXP_ERR_DATABASE_OPENING = 2,
    /** The on-disk data is damaged (DatabaseCorruptError). */
    CXP_ERR_DATABASE_CORRUPT = 3,
    /** A reader fell too far behind the writer; reopen and retry (DatabaseModifiedError). */
    CXP_ERR_DATABASE_MODIFIED = 4,
    /** The database format is too old or too new (DatabaseVersionError). */
    CXP_ERR_DATABASE_VERSION = 5,
    /** Any other DatabaseError, such as an I/O failure. */
    CXP_ERR_DATABASE = 6,
    /** The query string could not be parsed (QueryParserError). */
    CXP_ERR_QUERY_SYNTAX = 7,
    /** A requested document or term does not exist (DocNotFoundError). */
    CXP_ERR_NOT_FOUND = 8,
    /** An argument was out of range or invalid (InvalidArgumentError, InvalidOperationError). */
    CXP_ERR_INVALID_ARGUMENT = 9,
    /** A field callback rejected its value (see cxp_field_callback). */
    CXP_ERR_FIELD_REJECTED = 10,
    /** Memory could not be allocated. */
    CXP_ERR_NO_MEMORY = 11,
    /** Any other Xapian::Error or C++ exception. */
    CXP_ERR_INTERNAL = 12
} cxp_status;

/** Releases a string or byte buffer returned by this API. */
void cxp_string_free(char *string);

/** The version of libxapian in use, such as "1.4.22". Static storage; do not free. */
const char *cxp_library_version(void);

/* ------------------------------------------------------------------------------------ */
/* Term lists: (term, frequency) pairs returned by several calls.                        */

typedef struct cxp_term_list cxp_term_list;

size_t cxp_term_list_count(const cxp_term_list *list);
/** The i-th term; the pointer stays valid until the list is freed. */
const char *cxp_term_list_term(const cxp_term_list *list, size_t index, size_t *length);
/** The i-th frequency: term frequency for database listings, match count for facets. */
uint32_t cxp_term_list_frequency(const cxp_term_list *list, size_t index);
void cxp_term_list_free(cxp_term_list *list);

/* ------------------------------------------------------------------------------------ */
/* Databases. One handle type for both modes; writer-only calls on a read-only handle    */
/* return CXP_ERR_INVALID_ARGUMENT.                                                      */

typedef struct cxp_database cxp_database;

/** Opens an existing database read-only. */
cxp_status cxp_database_open(const char *path, cxp_database **out, char **message);
/** Opens a database for writing, creating it when `create` is non-zero and it is missing. */
cxp_status cxp_database_open_writable(const char *path, int create, cxp_database **out, char **message);
/** Closes and frees. A writer's uncommitted changes are committed by Xapian on close. */
void cxp_database_free(cxp_database *db);

/** Makes a reader see the latest commit. *changed is set to 1 when there was a new one. */
cxp_status cxp_database_reopen(cxp_database *db, int *changed, char **message);
cxp_status cxp_database_doccount(cxp_database *db, uint32_t *out, char **message);
/** The revision of the last commit this handle sees (increases by one per commit). */
cxp_status cxp_database_revision(cxp_database *db, uint64_t *out, char **message);
/** Number of documents indexing `term` (0 if none). */
cxp_status cxp_database_term_frequency(cxp_database *db, const char *term, size_t term_length,
                                      uint32_t *out, char **message);
/** All terms starting with `prefix`, with their term frequencies, in byte order. */
cxp_status cxp_database_terms_with_prefix(cxp_database *db, const char *prefix, size_t prefix_length,
                                         cxp_term_list **out, char **message);

/** User metadata; a missing key yields an empty value (*length = 0). */
cxp_status cxp_database_get_metadata(cxp_database *db, const char *key, size_t key_length,
                                    char **value, size_t *value_length, char **message);
/** All metadata keys starting with `prefix` (frequency is 0). */
cxp_status cxp_database_metadata_keys(cxp_database *db, const char *prefix, size_t prefix_length,
                                     cxp_term_list **out, char **message);

/* Writer-only. */
/** Sets user metadata; an empty value deletes the key. Visible to readers after commit. */
cxp_status cxp_database_set_metadata(cxp_database *db, const char *key, size_t key_length,
                                    const char *value, size_t value_length, char **message);
/* (cxp_document is declared below.) */
struct cxp_document;
/** Replaces every document indexed by `id_term` with `doc`, or adds it when there is none. */
cxp_status cxp_database_replace_document(cxp_database *db, const char *id_term, size_t id_term_length,
                                        const struct cxp_document *doc, uint32_t *docid, char **message);
/** Deletes every document indexed by `id_term`; *deleted is set to 1 if one existed. */
cxp_status cxp_database_delete_document(cxp_database *db, const char *id_term, size_t id_term_length,
                                       int *deleted, char **message);
/** Makes pending changes durable and visible to readers. */
cxp_status cxp_database_commit(cxp_database *db, char **message);

/* ------------------------------------------------------------------------------------ */
/* Documents: built for indexing, or read back from a database.                          */

typedef struct cxp_document cxp_document;

/**
 * A new empty document whose free-text indexing stems with `stem_language` ("en",
 * "english", ... or "none"). Stemmed terms are added with Xapian's "Z" convention
 * (STEM_SOME), as the query parser expects.
 */
cxp_status cxp_document_new(const char *stem_language, cxp_document **out, char **message);
void cxp_document_free(cxp_document *doc);

/**
 * Indexes free text. `prefix` ("" for none) is put before every term; `weight` scales
 * within-document frequency (title words count more than body words with weight > 1).
 * With positions, phrase and NEAR queries work; consecutive calls continue the
 * position counter, and cxp_document_increase_position separates fields.
 */
cxp_status cxp_document_index_text(cxp_document *doc, const char *text, size_t text_length,
                                  uint32_t weight, const char *prefix, int with_positions,
                                  char **message);
cxp_status cxp_document_increase_position(cxp_document *doc, uint32_t delta, char **message);
/** Adds a term that does not affect ranking (filters, ids, facets). */
cxp_status cxp_document_add_boolean_term(cxp_document *doc, const char *term, size_t term_length,
                                        char **message);
cxp_status cxp_document_set_data(cxp_document *doc, const char *data, size_t length, char **message);
cxp_status cxp_document_set_value(cxp_document *doc, uint32_t slot, const char *value, size_t length,
                                 char **message);

cxp_status cxp_document_get_data(const cxp_document *doc, char **data, size_t *length, char **message);
/** An unset slot yields an empty value. */
cxp_status cxp_document_get_value(const cxp_document *doc, uint32_t slot, char **value, size_t *length,
                                 char **message);
/** The document's terms that start with `prefix` (frequency is the within-document frequency). */
cxp_status cxp_document_terms_with_prefix(const cxp_document *doc, const char *prefix, size_t prefix_length,
                                         cxp_term_list **out, char **message);

/** Reads the first document indexed by `id_term`; CXP_ERR_NOT_FOUND when there is none. */
cxp_status cxp_database_find_document(cxp_database *db, const char *id_term, size_t id_term_length,
                                     cxp_document **out, char **message);

/* ------------------------------------------------------------------------------------ */
/* Queries.                                                                              */

/*
 * Unlike the other handles, one cxp_query may be used by several threads at once (it is
 * never modified after creation): the functions below that copy or release a reference
 * to a query serialise on an internal lock, and cxp_search runs on a private deep copy,
 * because Xapian::Query's reference counts are not atomic.
 */
typedef struct cxp_query cxp_query;

typedef enum cxp_query_op {
    CXP_QUERY_AND = 0,
    CXP_QUERY_OR = 1,
    CXP_QUERY_AND_NOT = 2,
    /** Like AND, but only the first subquery contributes to the weight. */
    CXP_QUERY_FILTER = 3
} cxp_query_op;

/** Matches documents indexing `term`; boolean terms should be wrapped by FILTER. */
cxp_status cxp_query_new_term(const char *term, size_t term_length, cxp_query **out, char **message);
/** Matches every document. */
cxp_status cxp_query_new_match_all(cxp_query **out, char **message);
/** Matches documents whose `slot` value is in [low, high] (byte order); NULL means open-ended. */
cxp_status cxp_query_new_value_range(uint32_t slot, const char *low, const char *high,
                                    cxp_query **out, char **message);
/** Combines `count` subqueries; the subqueries are not consumed. Zero subqueries: match nothing. */
cxp_status cxp_query_combine(cxp_query_op op, const cxp_query *const *subqueries, size_t count,
                            cxp_query **out, char **message);
/** Xapian's description of the query, for logs and tests. */
cxp_status cxp_query_describe(const cxp_query *query, char **out, char **message);
/** 1 when the query matches nothing by construction (such as a parse of an empty string). */
int cxp_query_is_empty(const cxp_query *query);
void cxp_query_free(cxp_query *query);

/* ------------------------------------------------------------------------------------ */
/* Query parsing.                                                                        */

typedef struct cxp_query_parser cxp_query_parser;

/**
 * Resolves the value of a field such as `actor:Kiev` into the terms to match (their OR).
 * Called during parsing. Return 0 and append terms with cxp_term_sink_add, or return
 * non-zero and set *error to a malloc'd message: the parse then fails with
 * CXP_ERR_FIELD_REJECTED and that message.
 */
typedef struct cxp_term_sink cxp_term_sink;
void cxp_term_sink_add(cxp_term_sink *sink, const char *term, size_t term_length);
typedef int (*cxp_field_callback)(void *context, const char *value, size_t value_length,
                                  cxp_term_sink *sink, char **error);

typedef enum cxp_parse_flags {
    CXP_PARSE_BOOLEAN = 1,      /* AND, OR, NOT, XOR, parentheses */
    CXP_PARSE_PHRASE = 2,       /* "quoted phrases" */
    CXP_PARSE_LOVEHATE = 4,     /* +must -mustnot */
    CXP_PARSE_WILDCARD = 8,     /* trailing * */
    CXP_PARSE_BOOLEAN_ANY_CASE = 16, /* and/or/not also as operators */
    CXP_PARSE_DEFAULT = 1 | 2 | 4
} cxp_parse_flags;

/** A parser stemming with `stem_language` (see cxp_document_new). */
cxp_status cxp_query_parser_new(const char *stem_language, cxp_query_parser **out, char **message);
void cxp_query_parser_free(cxp_query_parser *parser);

/** `field:words` searches free text indexed with `prefix`. */
cxp_status cxp_query_parser_add_prefix(cxp_query_parser *parser, const char *field, const char *prefix,
                                      char **message);
/** `field:value` filters on the boolean term prefix+value. Several values of one field are ORed. */
cxp_status cxp_query_parser_add_boolean_prefix(cxp_query_parser *parser, const char *field,
                                              const char *prefix, char **message);
/**
 * `field:value` filters on the terms `callback` returns for the value (their OR). `context`
 * must outlive the parser. The field is multi-valued: several values of it are ANDed.
 */
cxp_status cxp_query_parser_add_boolean_callback(cxp_query_parser *parser, const char *field,
                                                cxp_field_callback callback, void *context,
                                                char **message);
/**
 * `field:FROM..TO` filters on dates stored in `slot` as "YYYYMMDD"; FROM and TO accept
 * YYYY-MM-DD or YYYYMMDD and either may be omitted.
 */
cxp_status cxp_query_parser_add_date_range(cxp_query_parser *parser, uint32_t slot, const char *field,
                                          char **message);
/** 1 = AND (every word must match), 0 = OR (any word). */
cxp_status cxp_query_parser_set_default_and(cxp_query_parser *parser, int use_and, char **message);
/** Caps how many terms one wildcard may expand to (the most frequent are kept); 0: no cap. */
cxp_status cxp_query_parser_set_max_wildcard_expansion(cxp_query_parser *parser, uint32_t max_terms,
                                                      char **message);

/**
 * Parses `query_string`. `db` (may be NULL) supplies the vocabulary for wildcards.
 * Fails with CXP_ERR_QUERY_SYNTAX (message is Xapian's) or CXP_ERR_FIELD_REJECTED.
 */
cxp_status cxp_query_parser_parse(cxp_query_parser *parser, cxp_database *db, const char *query_string,
                                 size_t query_length, unsigned flags, cxp_query **out, char **message);

/* ------------------------------------------------------------------------------------ */
/* Searching.                                                                            */

typedef struct cxp_results cxp_results;

typedef struct cxp_search_options {
    uint32_t offset;
    uint32_t limit;
    /** -1 sorts by relevance (BM25); otherwise sorts by this value slot, relevance breaking ties. */
    int32_t sort_slot;
    /** With sort_slot >= 0: non-zero for newest/largest first. */
    int sort_descending;
    /** Evaluate at least this many matches; the document count makes totals and facets exact. */
    uint32_t check_at_least;
    /**
     * Term prefixes to count over the matching set (multi-valued facets): each matching
     * document counts once for each of its terms with one of these prefixes. NULL if none.
     */
    const char *const *facet_prefixes;
    size_t facet_prefix_count;
    /**
     * A value slot holding each document's facet terms separated by '\n' (-1: none). Much
     * cheaper to read than the termlist; documents whose slot is empty fall back to it.
     */
    int32_t facet_value_slot;
    /** The stemmer snippets use to find the query's words in text (as cxp_document_new). */
    const char *stem_language;
    /**
     * Seconds the matcher may spend before it stops evaluating more matches (0: no limit).
     * Past it, totals and facet counts become estimates: compare the totals' bounds.
     */
    double time_limit;
} cxp_search_options;

cxp_status cxp_search(cxp_database *db, const cxp_query *query, const cxp_search_options *options,
                     cxp_results **out, char **message);
void cxp_results_free(cxp_results *results);

size_t cxp_results_count(const cxp_results *results);
void cxp_results_totals(const cxp_results *results, uint32_t *lower, uint32_t *estimated, uint32_t *upper);
/** How many documents the matcher evaluated, and so fed to the facet counter. */
uint32_t cxp_results_facet_documents_seen(const cxp_results *results);
cxp_status cxp_results_hit(const cxp_results *results, size_t index, uint32_t *docid, double *weight,
                          cxp_document **document, char **message);
/**
 * A passage of `text` of at most `length` bytes that best matches the query, with the
 * query's terms between `highlight_start` and `highlight_end`, HTML-escaped (Xapian's
 * MSet::snippet with the results' stemmer and query). `omit` marks cut text.
 */
cxp_status cxp_results_snippet(const cxp_results *results, const char *text, size_t text_length,
                              size_t length, const char *highlight_start, const char *highlight_end,
                              const char *omit, char **out, size_t *out_length, char **message);
/** Facet counts for every counted term (prefix included), most frequent first. */
cxp_status cxp_results_facets(const cxp_results *results, cxp_term_list **out, char **message);

#ifdef __cplusplus
}
#endif

#endif /* CXAPIAN_H */
